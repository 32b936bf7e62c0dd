using System.Reflection;

namespace Jingyuan.Cms.Modules.Notices.Models;

/// <summary>
/// Models of the public theme's shared partials (_Pager, _PublishInfo). They are declared in the
/// theme, which a module may not reference, so they are made here by name through the theme's own
/// factories. To be replaced by plain calls once those records move to the abstractions.
/// </summary>
public static class ThemeModels
{
    private const string Namespace = "Jingyuan.Cms.Themes.Public.Models";
    private const string Assembly = "Jingyuan.Cms.Themes.Public";

    private static readonly Lazy<MethodInfo> PagerFactory = new(() => Find("PagerModel").GetMethod("WithQuery",
        BindingFlags.Public | BindingFlags.Static, [typeof(int), typeof(int), typeof(string), typeof(string), typeof(int?)])
        ?? throw new MissingMethodException($"{Namespace}.PagerModel", "WithQuery"));

    private static readonly Lazy<ConstructorInfo> PublishInfoConstructor = new(() =>
        Find("PublishInfoModel").GetConstructor([typeof(DateTime?), typeof(string)])
        ?? throw new MissingMethodException($"{Namespace}.PublishInfoModel", ".ctor"));

    /// <summary>PagerModel.WithQuery: page links keep the current filters in the query string.</summary>
    public static object Pager(int page, int pageCount, int total, string baseUrl) =>
        PagerFactory.Value.Invoke(null, [page, pageCount, baseUrl, "page", (int?)total])!;

    /// <summary>"发布日期：…　发布单位：…"; the date is already a China calendar date.</summary>
    public static object PublishInfo(DateOnly? date, string? unit) =>
        PublishInfoConstructor.Value.Invoke([date?.ToDateTime(TimeOnly.MinValue), unit]);

    private static Type Find(string name) => Type.GetType($"{Namespace}.{name}, {Assembly}", throwOnError: true)!;
}
