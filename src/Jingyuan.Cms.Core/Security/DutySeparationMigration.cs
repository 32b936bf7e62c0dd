using Jingyuan.Cms.Data;
using Microsoft.EntityFrameworkCore;

namespace Jingyuan.Cms.Security;

/// <summary>
/// Databases made before 三权分立: the 系统管理员 role gives up accounts, roles and the audit trail to
/// the 安全管理员 and 审计员 roles. A host migration, run once.
/// </summary>
public sealed class DutySeparationMigration(CmsDbContext db, PermissionGrants grants) : IDataMigration
{
    public async Task<int> CreateAsync()
    {
        var moved = HostStereotypes.SecurityDuty.Select(p => p.Name).Concat(DutySeparation.AuditPermissions).ToHashSet();
        if (await db.Roles.FirstOrDefaultAsync(r => r.Name == BuiltInRoles.Administrator) is { } admin)
        {
            var kept = (await grants.PermissionsOfRoleAsync(admin.Name!)).Where(p => !moved.Contains(p));
            await grants.SetRolePermissionsAsync(admin.Id, kept);
        }
        if (await db.Roles.FirstOrDefaultAsync(r => r.Name == BuiltInRoles.SecurityAdministrator) is { } security)
        {
            var granted = await grants.PermissionsOfRoleAsync(security.Name!);
            await grants.SetRolePermissionsAsync(security.Id,
                granted.Concat([StandardPermissions.AccessAdmin.Name, .. HostStereotypes.SecurityDuty.Select(p => p.Name)]));
        }
        return 1;
    }
}
