using Microsoft.AspNetCore.Identity;

namespace Jingyuan.Cms.Security;

public enum SignInFailure { None, BadCredentials, UnknownUser, Disabled, LockedOut, Throttled }

public sealed record PasswordSignInOutcome(SignInResult Result, CmsUser? User, SignInFailure Failure);

/// <summary>
/// The password step of signing in, made the same for every failure: whether the user is unknown, disabled,
/// locked out or throttled, the password hasher runs once (against a dummy hash when there is no real one),
/// so the answer's time does not tell which; the page shows one message for all of them.
/// </summary>
public sealed class PasswordSignInGuard(
    SignInManager<CmsUser> signIn,
    UserManager<CmsUser> users,
    IPasswordHasher<CmsUser> hasher,
    LoginThrottle throttle)
{
    private static readonly CmsUser DummyUser = new() { UserName = "-" };
    private static string? _dummyHash;

    public async Task<PasswordSignInOutcome> SignInAsync(string userName, string password, string clientAddress)
    {
        if (throttle.IsThrottled(clientAddress, userName)) return Fail(null, SignInFailure.Throttled, password);

        var user = await users.FindByNameAsync(userName);
        if (user is null) return Fail(null, SignInFailure.UnknownUser, password);
        if (user.Disabled) return Fail(user, SignInFailure.Disabled, password);
        // Identity answers a locked account without hashing: hash anyway so it takes as long as a wrong password.
        if (await users.IsLockedOutAsync(user)) return Fail(user, SignInFailure.LockedOut, password);

        var result = await signIn.PasswordSignInAsync(user, password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded || result.RequiresTwoFactor)
        {
            throttle.RecordSuccess(clientAddress, userName);
            return new(result, user, SignInFailure.None);
        }
        throttle.RecordFailure(clientAddress, userName);
        return new(result, user, result.IsLockedOut ? SignInFailure.LockedOut : SignInFailure.BadCredentials);

        PasswordSignInOutcome Fail(CmsUser? found, SignInFailure failure, string attempt)
        {
            _dummyHash ??= hasher.HashPassword(DummyUser, Guid.NewGuid().ToString("n"));
            hasher.VerifyHashedPassword(DummyUser, _dummyHash, attempt);
            if (failure != SignInFailure.Throttled) throttle.RecordFailure(clientAddress, userName);
            return new(SignInResult.Failed, found, failure);
        }
    }
}
