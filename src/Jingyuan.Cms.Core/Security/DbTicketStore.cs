using System.Globalization;
using System.Security.Claims;
using System.Security.Cryptography;
using Jingyuan.Cms.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Jingyuan.Cms.Security;

/// <summary>
/// Keeps the sign-in tickets in the database (<see cref="AuthSessionRecord"/>); the cookie only names the row.
/// Logout, a password change or an administrator's "end session" delete the row, so a replayed cookie opens nothing.
/// Also enforces the absolute lifetime, which sliding renewal never extends.
/// </summary>
public sealed class DbTicketStore(IServiceScopeFactory scopes, TimeProvider clock, IOptionsMonitor<SecurityOptions> options) : ITicketStore
{
    /// <summary>Ticket property with the row's id, so pages can tell "this session" apart.</summary>
    public const string SessionKeyItem = "jy.session";
    /// <summary>Ticket property with the original sign-in time; kept across re-issued cookies (RefreshSignInAsync).</summary>
    public const string StartedItem = "jy.started";

    public Task<string> StoreAsync(AuthenticationTicket ticket) => StoreAsync(ticket, null!, default);

    public async Task<string> StoreAsync(AuthenticationTicket ticket, HttpContext httpContext, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var started = ticket.Properties.Items.TryGetValue(StartedItem, out var s)
            && DateTime.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var parsed) ? parsed : now;
        var key = Convert.ToHexString(RandomNumberGenerator.GetBytes(24));
        ticket.Properties.Items[StartedItem] = started.ToString("O", CultureInfo.InvariantCulture);
        ticket.Properties.Items[SessionKeyItem] = key;

        var userAgent = httpContext?.Request.Headers.UserAgent.ToString();
        var record = new AuthSessionRecord
        {
            Id = key,
            UserId = ticket.Principal.FindFirstValue(ClaimTypes.NameIdentifier) ?? "",
            Ticket = TicketSerializer.Default.Serialize(ticket),
            CreatedUtc = started,
            LastSeenUtc = now,
            ExpiresUtc = ticket.Properties.ExpiresUtc?.UtcDateTime,
            AbsoluteExpiresUtc = started.AddHours(options.CurrentValue.AbsoluteLifetimeHours),
            RemoteAddress = httpContext?.Connection.RemoteIpAddress?.ToString(),
            UserAgent = string.IsNullOrEmpty(userAgent) ? null : userAgent[..Math.Min(userAgent.Length, AuthSessionRecordConfiguration.UserAgentLength)],
        };
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CmsDbContext>();
        // Sessions nobody ended explicitly: drop the ones that can no longer be used.
        await db.Set<AuthSessionRecord>().Where(r => r.AbsoluteExpiresUtc < now || r.ExpiresUtc < now).ExecuteDeleteAsync(cancellationToken);
        db.Add(record);
        await db.SaveChangesAsync(cancellationToken);
        return key;
    }

    public Task RenewAsync(string key, AuthenticationTicket ticket) => RenewAsync(key, ticket, null!, default);

    public async Task RenewAsync(string key, AuthenticationTicket ticket, HttpContext httpContext, CancellationToken cancellationToken)
    {
        ticket.Properties.Items[SessionKeyItem] = key;
        var bytes = TicketSerializer.Default.Serialize(ticket);
        var expires = ticket.Properties.ExpiresUtc?.UtcDateTime;
        var now = clock.GetUtcNow().UtcDateTime;
        await using var scope = scopes.CreateAsyncScope();
        // An update only: a session ended meanwhile must stay ended.
        await scope.ServiceProvider.GetRequiredService<CmsDbContext>().Set<AuthSessionRecord>().Where(r => r.Id == key)
            .ExecuteUpdateAsync(u => u.SetProperty(r => r.Ticket, bytes).SetProperty(r => r.ExpiresUtc, expires)
                .SetProperty(r => r.LastSeenUtc, now), cancellationToken);
    }

    public Task<AuthenticationTicket?> RetrieveAsync(string key) => RetrieveAsync(key, null!, default);

    public async Task<AuthenticationTicket?> RetrieveAsync(string key, HttpContext httpContext, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var sessions = scope.ServiceProvider.GetRequiredService<CmsDbContext>().Set<AuthSessionRecord>();
        var record = await sessions.AsNoTracking().FirstOrDefaultAsync(r => r.Id == key, cancellationToken);
        if (record is null) return null;
        if (record.AbsoluteExpiresUtc <= clock.GetUtcNow().UtcDateTime)
        {
            await sessions.Where(r => r.Id == key).ExecuteDeleteAsync(cancellationToken);
            return null;
        }
        return TicketSerializer.Default.Deserialize(record.Ticket);
    }

    public Task RemoveAsync(string key) => RemoveAsync(key, null!, default);

    public async Task RemoveAsync(string key, HttpContext httpContext, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<CmsDbContext>().Set<AuthSessionRecord>().Where(r => r.Id == key)
            .ExecuteDeleteAsync(cancellationToken);
    }
}
