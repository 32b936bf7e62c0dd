namespace Jingyuan.Cms.Security;

/// <summary>
/// 三权分立: whoever reads the audit trail does nothing else, so no administrator (system or security)
/// can read, export or grant themselves what would reveal or cover their own actions. Applied to a
/// role's permissions and to the union of a user's roles.
/// </summary>
public static class DutySeparation
{
    /// <summary>Permissions of the auditor's duty.</summary>
    public static readonly IReadOnlySet<string> AuditPermissions = new HashSet<string> { StandardPermissions.ViewAuditTrail.Name };

    /// <summary>What may go with an audit permission: entering the admin, nothing that changes anything.</summary>
    private static readonly IReadOnlySet<string> CompatibleWithAudit = new HashSet<string> { StandardPermissions.AccessAdmin.Name };

    /// <summary>The permissions that may not be held together with the audit permissions in <paramref name="permissions"/>; empty when allowed.</summary>
    public static IReadOnlyList<string> Conflicts(IEnumerable<string> permissions)
    {
        var set = permissions.ToHashSet();
        if (!set.Overlaps(AuditPermissions)) return [];
        return set.Where(p => !AuditPermissions.Contains(p) && !CompatibleWithAudit.Contains(p)).Order(StringComparer.Ordinal).ToList();
    }
}

/// <summary>A grant refused by <see cref="DutySeparation"/>.</summary>
public sealed class DutySeparationException(string message) : InvalidOperationException(message);
