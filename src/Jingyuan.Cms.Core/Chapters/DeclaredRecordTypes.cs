using Jingyuan.Cms.Content;
using Jingyuan.Cms.Data;

namespace Jingyuan.Cms.Chapters;

/// <summary>
/// Keeps the record types a chapter declares (<see cref="ChapterDefinition"/>) in the database in step
/// with the code, when a module is first enabled and at every start: the declared fields are the code's;
/// fields an administrator added to the type stay, after them. Nothing is written when nothing changed,
/// so a start-up leaves no audit entries. Data changes beyond the shape stay in versioned migrations.
/// </summary>
public sealed class DeclaredRecordTypes(IContentDefinitionManager definitions)
{
    public async Task ApplyAsync(IEnumerable<ChapterDescriptor> chapters)
    {
        var stored = (await definitions.ListTypesAsync(includeDisabledModules: true)).ToDictionary(t => t.Name);
        foreach (var shape in chapters.SelectMany(c => c.RecordShapes))
        {
            var existingPart = await definitions.GetPartAsync(shape.Type.Name);
            var declared = shape.Part;
            var added = existingPart?.Fields.Where(f => declared.Fields.All(d => d.Name != f.Name)).ToList() ?? [];
            var part = new ContentPartDefinition
            {
                Name = declared.Name, DisplayName = declared.DisplayName,
                Fields = [.. declared.Fields, .. added.Select((f, i) => Reordered(f, (declared.Fields.Count + i + 1) * 10))],
            };
            if (existingPart is null || CmsJson.Serialize(existingPart) != CmsJson.Serialize(part)) await definitions.SavePartAsync(part);

            var type = Merge(shape.Type, stored.GetValueOrDefault(shape.Type.Name));
            if (!stored.TryGetValue(type.Name, out var before) || CmsJson.Serialize(before) != CmsJson.Serialize(type))
                await definitions.SaveTypeAsync(type);
        }
    }

    // Parts an administrator attached to the type are kept after the type's own.
    private static ContentTypeDefinition Merge(ContentTypeDefinition declared, ContentTypeDefinition? stored) => new()
    {
        Name = declared.Name, DisplayName = declared.DisplayName, Description = declared.Description, ModuleId = declared.ModuleId,
        Parts = [.. declared.Parts, .. (stored?.Parts ?? []).Where(p => !declared.Parts.Contains(p))],
        Listable = declared.Listable, PublicVisible = declared.PublicVisible, InFeed = declared.InFeed,
        LedgerMonthField = declared.LedgerMonthField,
    };

    private static ContentFieldDefinition Reordered(ContentFieldDefinition field, int order) => new()
    {
        Name = field.Name, Label = field.Label, Kind = field.Kind, Required = field.Required, Order = order, Settings = field.Settings,
    };
}
