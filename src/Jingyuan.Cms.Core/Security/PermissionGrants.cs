using Jingyuan.Cms.Data;
using Jingyuan.Cms.Modules;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace Jingyuan.Cms.Security;

/// <summary>
/// Which permissions each role holds (stored as role claims) and the permissions that exist
/// (from the enabled modules' providers). Role grants are cached and dropped on change.
/// </summary>
public sealed class PermissionGrants(
    CmsDbContext db,
    IEnumerable<IPermissionProvider> providers,
    ModuleState modules,
    ModuleContributions contributions,
    IServiceProvider services,
    IMemoryCache cache)
{
    public const string ClaimType = "permission";
    private const string CacheKey = "role-permissions";

    /// <summary>Permissions of the host and of enabled modules, grouped for the role editor.</summary>
    public IReadOnlyList<Permission> AvailablePermissions() =>
        StandardPermissions.All
            .Concat(providers.SelectMany(p => p.GetPermissions()))
            .DistinctBy(p => p.Name).ToList();

    public async Task<bool> RolesHaveAsync(IEnumerable<string> roleNames, string permission)
    {
        var map = await RoleMapAsync();
        return roleNames.Any(r => map.TryGetValue(r, out var set) && set.Contains(permission));
    }

    public async Task<IReadOnlySet<string>> PermissionsOfRoleAsync(string roleName) =>
        (await RoleMapAsync()).GetValueOrDefault(roleName) ?? (IReadOnlySet<string>)new HashSet<string>();

    /// <summary>Replaces a role's grants. Refuses (<see cref="DutySeparationException"/>) what would break <see cref="DutySeparation"/>.</summary>
    public async Task SetRolePermissionsAsync(string roleId, IEnumerable<string> permissions)
    {
        var wanted = permissions.ToHashSet();
        var claims = db.Set<IdentityRoleClaim<string>>();
        var current = await claims.Where(c => c.RoleId == roleId && c.ClaimType == ClaimType).ToListAsync();
        // Only an added grant can join duties; taking grants away is always allowed.
        if (!wanted.IsSubsetOf(current.Select(c => c.ClaimValue!)) && await DutyConflictAsync(roleId, wanted) is { } conflict)
            throw new DutySeparationException(conflict);
        claims.RemoveRange(current.Where(c => !wanted.Contains(c.ClaimValue!)));
        claims.AddRange(wanted.Except(current.Select(c => c.ClaimValue!))
            .Select(p => new IdentityRoleClaim<string> { RoleId = roleId, ClaimType = ClaimType, ClaimValue = p }));
        await db.SaveChangesAsync();
        cache.Remove(CacheKey);
    }

    /// <summary>
    /// Why <paramref name="wanted"/> may not be the grants of the role, counting what its members hold
    /// through their other roles; null when allowed.
    /// </summary>
    public async Task<string?> DutyConflictAsync(string roleId, IReadOnlySet<string> wanted)
    {
        var own = DutySeparation.Conflicts(wanted);
        if (own.Count > 0) return $"查看审计日志的权限不能与其他管理权限授予同一角色（三权分立），冲突的权限：{string.Join("、", own)}";
        var map = await RoleMapAsync();
        var members = db.UserRoles.Where(ur => ur.RoleId == roleId).Select(ur => ur.UserId);
        var others = await db.UserRoles.Where(ur => members.Contains(ur.UserId) && ur.RoleId != roleId)
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name }).ToListAsync();
        foreach (var user in others.GroupBy(o => o.UserId))
        {
            var combined = wanted.Concat(user.SelectMany(o => map.GetValueOrDefault(o.Name!) ?? []));
            var conflicts = DutySeparation.Conflicts(combined);
            if (conflicts.Count > 0)
                return $"该角色的用户还担任角色 {string.Join("、", user.Select(o => o.Name))}，合并后查看审计日志与其他管理权限冲突（三权分立）：{string.Join("、", conflicts)}";
        }
        return null;
    }

    /// <summary>Why a user may not hold all of <paramref name="roleNames"/> together; null when allowed.</summary>
    public async Task<string?> DutyConflictOfRolesAsync(IEnumerable<string> roleNames)
    {
        var map = await RoleMapAsync();
        var names = roleNames.ToList();
        var conflicts = DutySeparation.Conflicts(names.SelectMany(r => map.GetValueOrDefault(r) ?? []));
        return conflicts.Count == 0 ? null
            : $"角色 {string.Join("、", names)} 合并后，查看审计日志与其他管理权限冲突（三权分立）：{string.Join("、", conflicts)}";
    }

    /// <summary>Grants a module's default permissions to the built-in roles that exist.</summary>
    public async Task ApplyStereotypesAsync(string moduleId)
    {
        var stereotypes = moduleId == ModuleManager.HostModuleId
            ? HostStereotypes.All
            // All providers: the module is being enabled, so the filtered list does not hold it yet.
            : contributions.All<IPermissionProvider>(services).Where(p => modules.FindByAssembly(p.GetType().Assembly)?.Id == moduleId)
                .SelectMany(p => p.GetDefaultStereotypes());
        foreach (var (roleName, perms) in stereotypes)
        {
            var role = await db.Roles.FirstOrDefaultAsync(r => r.Name == roleName);
            if (role is null) continue;
            var existing = await PermissionsOfRoleAsync(roleName);
            await SetRolePermissionsAsync(role.Id, existing.Concat(perms.Select(p => p.Name)));
        }
    }

    private async Task<Dictionary<string, HashSet<string>>> RoleMapAsync() =>
        (await cache.GetOrCreateAsync(CacheKey, async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(1);
            var rows = await db.Set<IdentityRoleClaim<string>>().AsNoTracking()
                .Where(c => c.ClaimType == ClaimType)
                .Join(db.Roles, c => c.RoleId, r => r.Id, (c, r) => new { r.Name, c.ClaimValue })
                .ToListAsync();
            return rows.GroupBy(r => r.Name!).ToDictionary(g => g.Key, g => g.Select(r => r.ClaimValue!).ToHashSet());
        }))!;
}
