using Jingyuan.Cms.Audit;
using Jingyuan.Cms.Content.PersonalData;
using Jingyuan.Cms.Data;
using Jingyuan.Cms.Modules;
using Microsoft.EntityFrameworkCore;

namespace Jingyuan.Cms.Content;

/// <summary>Content types and parts stored as JSON documents, one row each.</summary>
public sealed class ContentDefinitionManager(
    CmsDbContext db, IModuleState modules, IAuditTrail audit, PersonalDataEncryptor personal, ContentDefinitionCache cache)
    : IContentDefinitionManager
{
    private bool followed;
    // After this request changed a definition (perhaps not yet committed), it reads the database directly.
    private bool wrote;

    private async Task<bool> CachedAsync()
    {
        if (wrote) return false;
        if (!followed)
        {
            cache.Follow(await ContentDefinitionCache.CurrentAsync(db));
            followed = true;
        }
        return true;
    }

    private async Task<List<ContentTypeRecord>> AllTypeRowsAsync() =>
        await CachedAsync() ? [.. await cache.AllTypesAsync(LoadTypesAsync)] : await LoadTypesAsync();

    private Task<List<ContentTypeRecord>> LoadTypesAsync() => db.Set<ContentTypeRecord>().AsNoTracking().ToListAsync();

    private async Task<ContentTypeRecord?> TypeRowAsync(string name)
    {
        Task<ContentTypeRecord?> Load() => db.Set<ContentTypeRecord>().AsNoTracking().FirstOrDefaultAsync(r => r.Name == name);
        return await CachedAsync() ? await cache.TypeAsync(name, Load) : await Load();
    }

    private async Task<ContentPartRecord?> PartRowAsync(string name)
    {
        Task<ContentPartRecord?> Load() => db.Set<ContentPartRecord>().AsNoTracking().FirstOrDefaultAsync(r => r.Name == name);
        return await CachedAsync() ? await cache.PartAsync(name, Load) : await Load();
    }

    private async Task ChangedAsync()
    {
        wrote = true;
        await ContentDefinitionCache.BumpAsync(db);
        cache.Invalidate();
    }

    public async Task<IReadOnlyList<ContentTypeDefinition>> ListTypesAsync(bool includeDisabledModules = false)
    {
        var rows = await AllTypeRowsAsync();
        return rows.Select(r => CmsJson.Deserialize<ContentTypeDefinition>(r.DefinitionJson))
            .Where(t => includeDisabledModules || t.ModuleId is null || modules.IsEnabled(t.ModuleId))
            .OrderBy(t => t.DisplayName, StringComparer.Ordinal)
            .ToList();
    }

    public async Task<ResolvedContentType?> GetTypeAsync(string name)
    {
        // Deserialized per call: callers may change what they get (the admin editor does) without touching the cache.
        var row = await TypeRowAsync(name);
        if (row is null) return null;
        var type = CmsJson.Deserialize<ContentTypeDefinition>(row.DefinitionJson);
        if (type.ModuleId is not null && !modules.IsEnabled(type.ModuleId)) return null;

        var parts = new List<ContentPartDefinition>();
        foreach (var partName in type.Parts)
        {
            if (await PartRowAsync(partName) is { } part) parts.Add(CmsJson.Deserialize<ContentPartDefinition>(part.DefinitionJson));
        }
        return new ResolvedContentType(type, parts);
    }

    public async Task<ContentPartDefinition?> GetPartAsync(string name)
    {
        var row = await PartRowAsync(name);
        return row is null ? null : CmsJson.Deserialize<ContentPartDefinition>(row.DefinitionJson);
    }

    public async Task SaveTypeAsync(ContentTypeDefinition type)
    {
        ContentDefinitionValidator.ValidateType(type);
        // One after another: a DbContext runs one operation at a time (PostgreSQL refuses a second, SQLite hid it).
        var parts = new List<ContentPartDefinition?>();
        foreach (var name in type.Parts) parts.Add(await GetPartAsync(name));
        ContentDefinitionValidator.ValidateUniqueFieldNames(type, parts.OfType<ContentPartDefinition>());
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
        await db.InTransactionAsync(async () =>
        {
            await db.SaveChangesAsync();
            await ChangedAsync();
        });
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
        // The row and the version move together, so no node keeps a copy of a change it never sees.
        await db.InTransactionAsync(async () =>
        {
            await db.SaveChangesAsync();
            await ChangedAsync();
        });
        return before;
    }
}
