using Jingyuan.Cms.Audit;
using Jingyuan.Cms.Content.PersonalData;
using Jingyuan.Cms.Data;
using Jingyuan.Cms.Modules;
using Microsoft.EntityFrameworkCore;

namespace Jingyuan.Cms.Content;

/// <summary>Content types and parts stored as JSON documents, one row each.</summary>
public sealed class ContentDefinitionManager(CmsDbContext db, IModuleState modules, IAuditTrail audit, PersonalDataEncryptor personal)
    : IContentDefinitionManager
{
    public async Task<IReadOnlyList<ContentTypeDefinition>> ListTypesAsync(bool includeDisabledModules = false)
    {
        var rows = await db.Set<ContentTypeRecord>().AsNoTracking().ToListAsync();
        return rows.Select(r => CmsJson.Deserialize<ContentTypeDefinition>(r.DefinitionJson))
            .Where(t => includeDisabledModules || t.ModuleId is null || modules.IsEnabled(t.ModuleId))
            .OrderBy(t => t.DisplayName, StringComparer.Ordinal)
            .ToList();
    }

    public async Task<ResolvedContentType?> GetTypeAsync(string name)
    {
        var row = await db.Set<ContentTypeRecord>().AsNoTracking().FirstOrDefaultAsync(r => r.Name == name);
        if (row is null) return null;
        var type = CmsJson.Deserialize<ContentTypeDefinition>(row.DefinitionJson);
        if (type.ModuleId is not null && !modules.IsEnabled(type.ModuleId)) return null;

        var partRows = await db.Set<ContentPartRecord>().AsNoTracking()
            .Where(p => type.Parts.Contains(p.Name)).ToListAsync();
        var parts = type.Parts
            .Select(n => partRows.FirstOrDefault(p => p.Name == n))
            .Where(p => p is not null)
            .Select(p => CmsJson.Deserialize<ContentPartDefinition>(p!.DefinitionJson))
            .ToList();
        return new ResolvedContentType(type, parts);
    }

    public async Task<ContentPartDefinition?> GetPartAsync(string name)
    {
        var row = await db.Set<ContentPartRecord>().AsNoTracking().FirstOrDefaultAsync(r => r.Name == name);
        return row is null ? null : CmsJson.Deserialize<ContentPartDefinition>(row.DefinitionJson);
    }

    public async Task SaveTypeAsync(ContentTypeDefinition type)
    {
        ContentDefinitionValidator.ValidateType(type);
        // One query for all parts: a DbContext runs one operation at a time (parallel reads fail on PostgreSQL).
        var names = type.Parts.ToList();
        var partRows = await db.Set<ContentPartRecord>().AsNoTracking().Where(p => names.Contains(p.Name)).ToListAsync();
        var parts = partRows.Select(r => CmsJson.Deserialize<ContentPartDefinition>(r.DefinitionJson));
        ContentDefinitionValidator.ValidateUniqueFieldNames(type, parts);
        var before = await Upsert<ContentTypeRecord>(type.Name, CmsJson.Serialize(type),
            (r, json) => r.DefinitionJson = json, () => new ContentTypeRecord { Name = type.Name });
        await audit.RecordAsync(new AuditEntry(AuditEvents.ContentTypeChanged, $"内容类型 {type.DisplayName} ({type.Name})",
            ContentType: type.Name, Diff: TextDiff.Describe(Readable(before), Readable(CmsJson.Serialize(type)))));
        if (await GetTypeAsync(type.Name) is { } resolved) await personal.EncryptExistingAsync(resolved);
    }

    public async Task SavePartAsync(ContentPartDefinition part)
    {
        ContentDefinitionValidator.ValidatePart(part);
        var before = await Upsert<ContentPartRecord>(part.Name, CmsJson.Serialize(part),
            (r, json) => r.DefinitionJson = json, () => new ContentPartRecord { Name = part.Name });
        await audit.RecordAsync(new AuditEntry(AuditEvents.ContentTypeChanged, $"内容部件 {part.Name}",
            Diff: TextDiff.Describe(Readable(before), Readable(CmsJson.Serialize(part)))));
        // A field just marked personal: what was stored before gets encrypted now.
        if (!part.Fields.Any(PersonalDataProtector.Applies)) return;
        foreach (var type in (await ListTypesAsync()).Where(t => t.Parts.Contains(part.Name)))
        {
            if (await GetTypeAsync(type.Name) is { } resolved) await personal.EncryptExistingAsync(resolved);
        }
    }

    public async Task DeleteTypeAsync(string name)
    {
        var row = await db.Set<ContentTypeRecord>().FindAsync(name);
        if (row is null) return;
        db.Remove(row);
        await db.SaveChangesAsync();
        await audit.RecordAsync(new AuditEntry(AuditEvents.ContentTypeChanged, $"删除内容类型 {name}", ContentType: name));
    }

    // One line per property, so the audit diff shows what changed rather than two long lines.
    private static string? Readable(string? json) =>
        json is null ? null : System.Text.Json.Nodes.JsonNode.Parse(json)?.ToJsonString(CmsJson.Indented);

    private async Task<string?> Upsert<T>(string key, string json, Action<T, string> set, Func<T> create) where T : class
    {
        var row = await db.Set<T>().FindAsync(key);
        string? before = null;
        if (row is null)
        {
            row = create();
            db.Add(row);
        }
        else
        {
            before = row switch { ContentTypeRecord t => t.DefinitionJson, ContentPartRecord p => p.DefinitionJson, _ => null };
        }
        set(row, json);
        await db.SaveChangesAsync();
        return before;
    }
}
