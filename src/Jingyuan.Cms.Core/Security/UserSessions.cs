using Jingyuan.Cms.Data;
using Microsoft.EntityFrameworkCore;

namespace Jingyuan.Cms.Security;

public sealed record UserSession(string Id, string UserId, DateTime CreatedUtc, DateTime LastSeenUtc,
    DateTime AbsoluteExpiresUtc, string? RemoteAddress, string? UserAgent);

/// <summary>Lists and ends the sessions <see cref="DbTicketStore"/> keeps. Callers check who may do it and audit it.</summary>
public sealed class UserSessions(CmsDbContext db, TimeProvider clock)
{
    public async Task<List<UserSession>> ListAsync(string userId)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return await db.Set<AuthSessionRecord>().AsNoTracking()
            .Where(r => r.UserId == userId && r.AbsoluteExpiresUtc > now && (r.ExpiresUtc == null || r.ExpiresUtc > now))
            .OrderByDescending(r => r.LastSeenUtc)
            .Select(r => new UserSession(r.Id, r.UserId, r.CreatedUtc, r.LastSeenUtc, r.AbsoluteExpiresUtc, r.RemoteAddress, r.UserAgent))
            .ToListAsync();
    }

    /// <summary>Ends one of <paramref name="userId"/>'s sessions; false when there is no such session of that user.</summary>
    public async Task<bool> EndAsync(string userId, string sessionId) =>
        await db.Set<AuthSessionRecord>().Where(r => r.Id == sessionId && r.UserId == userId).ExecuteDeleteAsync() > 0;

    /// <summary>Ends every session of the user, but <paramref name="keep"/>; returns how many ended.</summary>
    public Task<int> EndAllAsync(string userId, string? keep = null) =>
        db.Set<AuthSessionRecord>().Where(r => r.UserId == userId && r.Id != keep).ExecuteDeleteAsync();
}
