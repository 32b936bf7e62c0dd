using System.Security.Cryptography;
using Jingyuan.Cms.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Jingyuan.Cms.Content.PersonalData;

/// <summary>
/// The secret key of the HMAC stored in index tables instead of a personal value. Taken from
/// <c>PersonalData:IndexKey</c> (base64, at least 32 bytes) when configured; otherwise generated
/// once, kept in the database protected by Data Protection, and shared by every node.
/// </summary>
public sealed class PersonalIndexKey(IServiceScopeFactory scopes, IDataProtectionProvider provider, IConfiguration configuration)
{
    public const string Purpose = "Jingyuan.Cms.PersonalData.IndexKey.v1";
    private const string RecordId = "index-hmac-v1";
    private readonly SemaphoreSlim gate = new(1, 1);
    private byte[]? key;

    public async Task<byte[]> GetAsync()
    {
        if (key is not null) return key;
        await gate.WaitAsync();
        try
        {
            return key ??= Configured() ?? await StoredAsync();
        }
        finally
        {
            gate.Release();
        }
    }

    private byte[]? Configured()
    {
        var text = configuration["PersonalData:IndexKey"];
        if (string.IsNullOrWhiteSpace(text)) return null;
        var bytes = Convert.FromBase64String(text);
        return bytes.Length >= 32 ? bytes : throw new InvalidOperationException("PersonalData:IndexKey 必须是至少 32 字节的 base64 密钥");
    }

    private async Task<byte[]> StoredAsync()
    {
        var protector = provider.CreateProtector(Purpose);
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CmsDbContext>();
        var row = await db.Set<PersonalDataKeyRecord>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == RecordId);
        if (row is not null) return protector.Unprotect(Convert.FromBase64String(row.ProtectedKey));

        var fresh = RandomNumberGenerator.GetBytes(32);
        db.Add(new PersonalDataKeyRecord
        {
            Id = RecordId, CreatedUtc = DateTime.UtcNow,
            ProtectedKey = Convert.ToBase64String(protector.Protect(fresh)),
        });
        try
        {
            await db.SaveChangesAsync();
            return fresh;
        }
        catch (DbUpdateException)
        {
            // Another node stored its key first: use that one, so hashes agree everywhere.
            using var retry = scopes.CreateScope();
            var stored = await retry.ServiceProvider.GetRequiredService<CmsDbContext>().Set<PersonalDataKeyRecord>()
                .AsNoTracking().FirstAsync(r => r.Id == RecordId);
            return protector.Unprotect(Convert.FromBase64String(stored.ProtectedKey));
        }
    }
}
