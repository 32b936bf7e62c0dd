using System.Security.Cryptography;
using System.Text;
using Jingyuan.Cms.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;

namespace Jingyuan.Cms.Security;

/// <summary>
/// Identity's EF store with three changes:
/// - it records when a password was set. Every path that sets one (create, change, reset, add) ends in
///   <see cref="SetPasswordHashAsync"/>; the user manager's hooks do not see all of them
///   (ChangePasswordAsync bypasses the overridable UpdatePasswordHash), which once left an expired
///   password impossible to renew;
/// - authenticator keys are encrypted with Data Protection (a database copy alone cannot mint codes);
/// - recovery codes are kept only as SHA-256 hashes, like passwords.
/// Values stored before (plain) are still read, so upgraded users keep signing in.
/// </summary>
public sealed class CmsUserStore(CmsDbContext context, TimeProvider clock, IDataProtectionProvider protection, IdentityErrorDescriber? describer = null)
    : UserStore<CmsUser, CmsRole, CmsDbContext>(context, describer)
{
    private const string KeyPrefix = "dp:";
    private const string HashPrefix = "h:";
    private readonly IDataProtector keys = protection.CreateProtector("Jingyuan.Cms.AuthenticatorKeys");

    public override Task SetPasswordHashAsync(CmsUser user, string? passwordHash, CancellationToken cancellationToken = default)
    {
        user.PasswordChangedUtc = clock.GetUtcNow();
        return base.SetPasswordHashAsync(user, passwordHash, cancellationToken);
    }

    public override Task SetAuthenticatorKeyAsync(CmsUser user, string key, CancellationToken cancellationToken) =>
        base.SetAuthenticatorKeyAsync(user, KeyPrefix + keys.Protect(key), cancellationToken);

    public override async Task<string?> GetAuthenticatorKeyAsync(CmsUser user, CancellationToken cancellationToken)
    {
        var stored = await base.GetAuthenticatorKeyAsync(user, cancellationToken);
        return stored is not null && stored.StartsWith(KeyPrefix, StringComparison.Ordinal) ? keys.Unprotect(stored[KeyPrefix.Length..]) : stored;
    }

    public override Task ReplaceCodesAsync(CmsUser user, IEnumerable<string> recoveryCodes, CancellationToken cancellationToken) =>
        base.ReplaceCodesAsync(user, recoveryCodes.Select(Hash), cancellationToken);

    public override async Task<bool> RedeemCodeAsync(CmsUser user, string code, CancellationToken cancellationToken)
    {
        // The base store compares stored entries with the code given: give it the form it was stored in.
        // A plain code is only a code stored before hashing; never a stored hash typed in.
        return await base.RedeemCodeAsync(user, Hash(code), cancellationToken)
            || (!code.StartsWith(HashPrefix, StringComparison.Ordinal) && await base.RedeemCodeAsync(user, code, cancellationToken));
    }

    private static string Hash(string code) =>
        HashPrefix + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(code.Trim())));
}
