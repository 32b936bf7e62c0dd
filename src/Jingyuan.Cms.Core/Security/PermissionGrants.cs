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
    IMemoryCache cache)
{
    public const string ClaimType = "permission";
    private const string CacheKey = "role-permissions";

    /// <summary>Permissions of the host and of enabled modules, grouped for the role editor.</summary>
    public IReadOnlyList<Permission> AvailablePermissions() =>
        StandardPermissions.All
            .Concat(providers.Where(p => modules.IsActive(p.GetType())).SelectMany(p => p.GetPermissions()))
            .DistinctBy(p => p.Name).ToList();

    public async Task<bool> RolesHaveAsync(IEnumerable<string> roleNames, string permission)
    {
        var map = await RoleMapAsync();
        return roleNames.Any(r => map.TryGetValue(r, out var set) && set.Contains(permission));
    }

    public async Task<IReadOnlySet<string>> PermissionsOfRoleAsync(string roleName) =>
        (await RoleMapAsync()).GetValueOrDefault(roleName) ?? (IReadOnlySet<string>)new HashSet<string>();

    public async Task SetRolePermissionsAsync(string roleId, IEnumerable<string> permissions)
    {
        var wanted = permissions.ToHashSet();
        var claims = db.Set<IdentityRoleClaim<string>>();
        var current = await claims.Where(c => c.RoleId == roleId && c.ClaimType == ClaimType).ToListAsync();
        claims.RemoveRange(current.Where(c => !wanted.Contains(c.ClaimValue!)));
        claims.AddRange(wanted.Except(current.Select(c => c.ClaimValue!))
            .Select(p => new IdentityRoleClaim<string> { RoleId = roleId, ClaimType = ClaimType, ClaimValue = p }));
        await db.SaveChangesAsync();
        cache.Remove(CacheKey);
    }

    /// <summary>Grants a module's default permissions to the built-in roles that exist.</summary>
    public async Task ApplyStereotypesAsync(string moduleId)
    {
        var stereotypes = moduleId == ModuleManager.HostModuleId
            ? HostStereotypes.All
            : providers.Where(p => modules.FindByAssembly(p.GetType().Assembly)?.Id == moduleId)
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
