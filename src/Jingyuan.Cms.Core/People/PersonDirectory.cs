using System.Security.Claims;
using Jingyuan.Cms.Content;
using Jingyuan.Cms.Content.PersonalData;
using Jingyuan.Cms.Data;
using Microsoft.EntityFrameworkCore;

namespace Jingyuan.Cms.People;

/// <summary>One ledger row about a person: which ledger, which item, whose, and the masked name.</summary>
public sealed record PersonLedgerRow(string ContentItemId, string ContentType, string TypeName, string DisplayText,
    int? DepartmentId, ContentStatus Status, string MaskedName, DateTime ModifiedUtc);

/// <summary>
/// One person across every people ledger, recognised by the keyed hash of the ID number that the
/// index already holds (fields of format <see cref="TextFormat.ChineseIdNumber"/>), so no clear ID
/// number is searched or stored. Lists only rows the viewer may view (their unit's, or all for reviewers).
/// </summary>
public sealed class PersonDirectory(
    CmsDbContext db,
    IContentDefinitionManager definitions,
    IContentManager contents,
    IContentAuthorizer authorizer,
    PersonalDataProtector personal)
{
    /// <summary>The person's key in URLs: the hex of the ID number's index hash (no personal value).</summary>
    public async Task<string> KeyOfAsync(string idNumber) =>
        (await personal.IndexHashAsync(ChineseIdNumber.Normalize(idNumber)))[PersonalDataProtector.HashMarker.Length..];

    public async Task<IReadOnlyList<PersonLedgerRow>> RowsAsync(string key, ClaimsPrincipal viewer)
    {
        var idFields = new Dictionary<string, (ResolvedContentType Type, string Field)>();
        foreach (var definition in await definitions.ListTypesAsync())
        {
            if (await definitions.GetTypeAsync(definition.Name) is not { } type) continue;
            var field = type.Fields.FirstOrDefault(f => f.Settings.Format == TextFormat.ChineseIdNumber && f.Settings.Indexed);
            if (field is not null) idFields[definition.Name] = (type, field.Name);
        }
        if (idFields.Count == 0) return [];
        var hash = PersonalDataProtector.HashMarker + key.ToLowerInvariant();
        var fieldNames = idFields.Values.Select(v => v.Field).Distinct().ToList();
        var typeNames = idFields.Keys.ToList();
        var ids = await db.Set<ContentFieldIndexRecord>().AsNoTracking()
            .Where(f => f.TextValue == hash && fieldNames.Contains(f.FieldName))
            .Join(db.Set<ContentItemRecord>().Where(r => r.Latest && !r.Deleted && typeNames.Contains(r.ContentType)),
                f => f.VersionId, r => r.Id, (f, r) => r.ContentItemId)
            .Distinct().OrderBy(id => id).Take(500).ToListAsync();

        var rows = new List<PersonLedgerRow>();
        foreach (var id in ids)
        {
            if (await contents.GetLatestAsync(id) is not { } item) continue;
            if (!await authorizer.CanAsync(viewer, ContentAction.View, item) && !await authorizer.CanAsync(viewer, ContentAction.Review, item)) continue;
            var (type, _) = idFields[item.ContentType];
            var nameField = type.Field(PersonFields.Name)?.Name;
            var masked = nameField is null ? "" : PersonalDataMask.Mask(item.GetText(nameField));
            rows.Add(new PersonLedgerRow(item.ContentItemId, item.ContentType, type.Type.DisplayName, item.DisplayText,
                item.DepartmentId, item.Status, masked, item.ModifiedUtc));
        }
        return rows.OrderBy(r => r.TypeName).ThenByDescending(r => r.ModifiedUtc).ToList();
    }
}
