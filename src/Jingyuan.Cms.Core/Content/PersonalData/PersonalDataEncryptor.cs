using System.Text.Json.Nodes;
using Jingyuan.Cms.Data;
using Microsoft.EntityFrameworkCore;

namespace Jingyuan.Cms.Content.PersonalData;

/// <summary>
/// Brings stored versions up to the rule "personal values are encrypted, the index holds only
/// their hash": run once for databases made before the rule, and whenever a field becomes
/// personal. Idempotent: encrypted values and hashed index rows are left as they are.
/// </summary>
public sealed class PersonalDataEncryptor(CmsDbContext db, PersonalDataProtector protector)
{
    private const int BatchSize = 200;

    /// <summary>Encrypts the type's plaintext personal values; returns how many versions changed.</summary>
    public async Task<int> EncryptExistingAsync(ResolvedContentType type)
    {
        var fields = type.Fields.Where(PersonalDataProtector.Applies).Select(f => f.Name).ToList();
        if (fields.Count == 0) return 0;
        var changed = 0;
        long lastId = 0;
        while (true)
        {
            var batch = await db.Set<ContentItemRecord>()
                .Where(r => r.ContentType == type.Type.Name && r.Id > lastId).OrderBy(r => r.Id).Take(BatchSize).ToListAsync();
            if (batch.Count == 0) break;
            lastId = batch[^1].Id;
            foreach (var record in batch)
            {
                var data = JsonNode.Parse(record.DataJson) as JsonObject ?? [];
                if (fields.All(f => data[f] is null || PersonalDataProtector.IsProtected(data[f]))) continue;
                record.DataJson = protector.Protect(data, type).ToJsonString(CmsJson.Options);
                changed++;
            }
            var index = await HashIndexRowsAsync(batch.Select(r => r.Id).ToList(), fields);
            await db.SaveChangesAsync();
            // Only this batch is let go: the caller's scope may track entities of its own.
            foreach (var entity in batch.Cast<object>().Concat(index)) db.Entry(entity).State = EntityState.Detached;
        }
        return changed;
    }

    private async Task<List<ContentFieldIndexRecord>> HashIndexRowsAsync(List<long> versionIds, List<string> fields)
    {
        var rows = await db.Set<ContentFieldIndexRecord>()
            .Where(i => versionIds.Contains(i.VersionId) && fields.Contains(i.FieldName)
                && i.TextValue != null && !i.TextValue.StartsWith(PersonalDataProtector.HashMarker))
            .ToListAsync();
        foreach (var row in rows)
        {
            row.TextValue = await protector.IndexHashAsync(row.TextValue!);
            row.NumberValue = null;
            row.DateValue = null;
        }
        return rows;
    }
}
