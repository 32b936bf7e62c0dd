using Jingyuan.Cms.Data;
using Jingyuan.Cms.Security;
using Microsoft.EntityFrameworkCore;

namespace Jingyuan.Cms.Content.PersonalData;

/// <summary>
/// A host migration for databases made before personal data was encrypted: encrypts what is
/// stored in clear and grants the new personal-data rights to the roles that keep records.
/// On a new database it finds nothing to encrypt and the host's default grants do the rest.
/// </summary>
public sealed class PersonalDataMigrations(
    CmsDbContext db, IContentDefinitionManager definitions, PersonalDataEncryptor encryptor, PermissionGrants grants) : IDataMigration
{
    public async Task<int> CreateAsync()
    {
        foreach (var listed in await definitions.ListTypesAsync(includeDisabledModules: true))
        {
            if (await ResolveAsync(listed) is { } type) await encryptor.EncryptExistingAsync(type);
        }
        foreach (var roleName in new[] { BuiltInRoles.Reviewer, BuiltInRoles.DepartmentEditor })
        {
            var role = await db.Roles.AsNoTracking().FirstOrDefaultAsync(r => r.Name == roleName);
            if (role is null) continue;
            var existing = await grants.PermissionsOfRoleAsync(roleName);
            await grants.SetRolePermissionsAsync(role.Id, existing.Concat(PersonalDataPermissions.All.Select(p => p.Name)));
        }
        return 1;
    }

    // Types of disabled modules are encrypted too: their rows are data like any other.
    private async Task<ResolvedContentType?> ResolveAsync(ContentTypeDefinition type)
    {
        var parts = new List<ContentPartDefinition>();
        foreach (var name in type.Parts)
        {
            if (await definitions.GetPartAsync(name) is { } part) parts.Add(part);
        }
        return new ResolvedContentType(type, parts);
    }
}
