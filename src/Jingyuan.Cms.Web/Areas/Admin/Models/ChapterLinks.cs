using System.Globalization;
using Jingyuan.Cms.Chapters;
using Jingyuan.Cms.Content;
using Jingyuan.Cms.Web.Areas.Admin.Services;
using Microsoft.AspNetCore.WebUtilities;

namespace Jingyuan.Cms.Web.Areas.Admin.Models;

/// <summary>
/// URLs of the shared chapter pages and of the generic content admin they lead to, in one place so
/// the chapter page and the admin menu link to the same lists.
/// </summary>
public static class ChapterLinks
{
    public static string Dashboard(ChapterDescriptor chapter, int? year = null) =>
        Query($"/admin/chapters/{chapter.Slug}", [new("year", year?.ToString(CultureInfo.InvariantCulture))]);

    public static string List(string type, int? year, params IEnumerable<KeyValuePair<string, string?>> filters) =>
        Query("/admin/content", [new("type", type), new("year", year?.ToString(CultureInfo.InvariantCulture)), .. filters]);

    /// <summary>The records a rule adds up: its type and year, its field conditions, published ones only.</summary>
    public static string Records(TargetRule rule, int year) =>
        List(rule.ContentType, year,
        [
            new("status", nameof(ContentStatus.Published)),
            // A condition with several values repeats the parameter (f.Stage=完工&f.Stage=验收).
            .. rule.Where.SelectMany(c => c.Values.Select(v => Filter(c.Field, v))),
        ]);

    public static KeyValuePair<string, string?> Filter(string field, string value) => new(ContentFormBinder.Prefix + field, value);

    public static string New(string type) => $"/admin/content/new/{type}";
    public static string Import(string type) => $"/admin/content/sheets/{type}/import";
    public static string Template(string type) => $"/admin/content/sheets/{type}/template.xlsx";
    public static string Export(string type, int? year) => Query($"/admin/content/sheets/{type}/export.xlsx", [new("year", year?.ToString(CultureInfo.InvariantCulture))]);

    private static string Query(string path, IEnumerable<KeyValuePair<string, string?>> query) =>
        QueryHelpers.AddQueryString(path, query.Where(q => !string.IsNullOrEmpty(q.Value)));
}
