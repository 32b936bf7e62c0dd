using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Jingyuan.Cms.Security;

/// <summary>Identity's user manager, recording when a password was set: every path that sets one
/// (create, change, reset) goes through <see cref="UpdatePasswordHash"/>.</summary>
public sealed class CmsUserManager(
    IUserStore<CmsUser> store,
    IOptions<IdentityOptions> optionsAccessor,
    IPasswordHasher<CmsUser> passwordHasher,
    IEnumerable<IUserValidator<CmsUser>> userValidators,
    IEnumerable<IPasswordValidator<CmsUser>> passwordValidators,
    ILookupNormalizer keyNormalizer,
    IdentityErrorDescriber errors,
    IServiceProvider services,
    ILogger<UserManager<CmsUser>> logger,
    TimeProvider clock)
    : UserManager<CmsUser>(store, optionsAccessor, passwordHasher, userValidators, passwordValidators, keyNormalizer, errors, services, logger)
{
    protected override async Task<IdentityResult> UpdatePasswordHash(CmsUser user, string newPassword, bool validatePassword)
    {
        var result = await base.UpdatePasswordHash(user, newPassword, validatePassword);
        if (result.Succeeded) user.PasswordChangedUtc = clock.GetUtcNow();
        return result;
    }
}
