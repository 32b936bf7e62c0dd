using Jingyuan.Cms.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;

namespace Jingyuan.Cms.Security;

/// <summary>
/// Identity's EF store, recording when a password was set. Every path that sets one (create, change,
/// reset, add) ends in <see cref="SetPasswordHashAsync"/>; the user manager's own hooks do not see all
/// of them (ChangePasswordAsync bypasses the overridable UpdatePasswordHash), which once left an
/// expired password impossible to renew.
/// </summary>
public sealed class CmsUserStore(CmsDbContext context, TimeProvider clock, IdentityErrorDescriber? describer = null)
    : UserStore<CmsUser, CmsRole, CmsDbContext>(context, describer)
{
    public override Task SetPasswordHashAsync(CmsUser user, string? passwordHash, CancellationToken cancellationToken = default)
    {
        user.PasswordChangedUtc = clock.GetUtcNow();
        return base.SetPasswordHashAsync(user, passwordHash, cancellationToken);
    }
}
