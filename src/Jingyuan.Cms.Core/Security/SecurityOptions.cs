namespace Jingyuan.Cms.Security;

/// <summary>The <c>Security</c> configuration section: sign-in, two factors, passwords and sessions.</summary>
public sealed class SecurityOptions
{
    public const string Section = "Security";

    /// <summary>Roles whose members must enrol an authenticator before reaching /admin (comma-separated; empty: none).</summary>
    public string RequireTwoFactorRoles { get; set; } = $"{BuiltInRoles.Administrator},{BuiltInRoles.SecurityAdministrator},{BuiltInRoles.Reviewer}";

    /// <summary>Whether a password someone else chose must be changed at the next sign-in.</summary>
    public bool ForcePasswordChange { get; set; } = true;

    /// <summary>Days a password stays valid; 0 turns expiry off.</summary>
    public int PasswordExpiryDays { get; set; }

    public int IdleTimeoutMinutes { get; set; } = 30;

    /// <summary>A session ends this long after sign-in however active it is.</summary>
    public double AbsoluteLifetimeHours { get; set; } = 8;

    /// <summary>Failed sign-ins one client address may make against one account per window before it is throttled
    /// (below the account lockout threshold, so a single address can never lock an account).</summary>
    public int FailuresPerAddressAndAccount { get; set; } = 3;

    /// <summary>Failed sign-ins one client address may make in all per window (password spraying).</summary>
    public int FailuresPerAddress { get; set; } = 20;

    public int ThrottleWindowMinutes { get; set; } = 15;

    public IReadOnlyList<string> TwoFactorRoles =>
        RequireTwoFactorRoles.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
