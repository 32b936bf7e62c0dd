using Jingyuan.Cms.Content;
using Jingyuan.Cms.Departments;
using Jingyuan.Cms.Time;

namespace Jingyuan.Cms.Modules.Search.Services;

/// <summary>
/// The index entry of a published content item, or null when the public must not find it:
/// its type is gone, hidden or of a disabled module, or no module gives it a public URL.
/// Personal fields are never read. One instance per batch: it caches types and departments.
/// </summary>
public sealed class ContentDocumentBuilder(
    IContentDefinitionManager definitions,
    IDepartmentStore departments,
    IEnumerable<IContentUrlProvider> urlProviders)
{

    private readonly Dictionary<string, ResolvedContentType?> types = new(StringComparer.Ordinal);
    private Dictionary<int, string>? departmentNames;

    public async Task<SearchDocument?> BuildAsync(ContentItem item)
    {
        if (!item.Published) return null;
        if (await TypeAsync(item.ContentType) is not { Type.PublicVisible: true } type) return null;
        if (PublicUrl(item, type.Type) is not { Length: > 0 } url) return null;

        var body = new List<string>();
        foreach (var field in type.Fields.Where(f => !f.Settings.Personal))
        {
            var value = field.Kind switch
            {
                FieldKind.Text or FieldKind.LongText or FieldKind.Choice => item.GetText(field.Name),
                FieldKind.Html => HtmlText.Strip(item.GetText(field.Name)),
                FieldKind.MultiChoice => string.Join(" ", item.GetList(field.Name)),
                _ => null,
            };
            if (!string.IsNullOrWhiteSpace(value)) body.Add(value);
        }
        var department = item.DepartmentId is { } departmentId ? (await DepartmentNamesAsync()).GetValueOrDefault(departmentId) : null;

        var year = item.Year ?? (item.PublishedUtc is { } p ? ChinaTime.YearOf(p) : null);
        return new SearchDocument(SearchKeys.ContentId(item.ContentItemId), SearchKeys.ContentGroup,
            item.ContentType, type.Type.DisplayName, item.DisplayText, string.Join("\n", body), url, year, item.PublishedUtc,
            Keywords: department ?? "");
    }

    // Only enabled modules' providers are in the list (the host filters it).
    private string? PublicUrl(ContentItem item, ContentTypeDefinition type) => urlProviders
        .Select(p => p.PublicUrl(item, type))
        .FirstOrDefault(u => !string.IsNullOrEmpty(u));

    private async Task<ResolvedContentType?> TypeAsync(string name)
    {
        if (!types.TryGetValue(name, out var type)) types[name] = type = await definitions.GetTypeAsync(name);
        return type;
    }

    private async Task<Dictionary<int, string>> DepartmentNamesAsync() =>
        departmentNames ??= (await departments.ListAsync()).ToDictionary(d => d.Id, d => d.Name);
}
