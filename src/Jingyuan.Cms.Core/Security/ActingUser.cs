using System.Security.Claims;

namespace Jingyuan.Cms.Security;

/// <summary>
/// The user a background job works for (a long import started by someone): set at the start of the
/// job's scope, so <see cref="CurrentUser"/> answers with that user's department, permissions and
/// name in the audit trail, as if the work ran in their request.
/// </summary>
public sealed class ActingUser
{
    public ClaimsPrincipal? Principal { get; private set; }
    public string? RemoteAddress { get; private set; }

    public void Set(ClaimsPrincipal principal, string? remoteAddress)
    {
        if (Principal is not null) throw new InvalidOperationException("The acting user of a scope is set once.");
        Principal = principal;
        RemoteAddress = remoteAddress;
    }
}
