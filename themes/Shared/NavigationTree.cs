using Jingyuan.Cms.Navigation;
using Microsoft.AspNetCore.Http;

namespace Jingyuan.Cms.Themes.Navigation;

// Compiled into each theme (linked by the theme's csproj); internal, so the two copies never clash.

/// <summary>A menu entry prepared for rendering: whether it is the current page, or holds it.</summary>
internal sealed record NavEntry(string Text, string? Url, bool IsActive, bool ContainsActive, IReadOnlyList<NavEntry> Children)
{
    public bool HasChildren => Children.Count > 0;
}

/// <summary>Finds the menu entry that best matches the current request and builds <see cref="NavEntry"/> trees.</summary>
internal static class NavigationTree
{
    /// <summary>
    /// Builds the tree to render. The entry whose URL matches the request best is active:
    /// an exact path match beats a prefix match, a longer path beats a shorter one, and
    /// an entry whose query string (e.g. <c>?type=Task</c>) the request carries beats one without.
    /// URLs with fewer than <paramref name="minPrefixSegments"/> segments (e.g. "/" or "/admin")
    /// are active only on an exact match.
    /// </summary>
    public static IReadOnlyList<NavEntry> Build(IReadOnlyList<MenuItem> items, PathString path, QueryString query, int minPrefixSegments)
    {
        var active = FindActive(items, path, query, minPrefixSegments);
        return Convert(items, active);
    }

    public static MenuItem? FindActive(IReadOnlyList<MenuItem> items, PathString path, QueryString query, int minPrefixSegments)
    {
        var currentPath = Normalize(path.Value);
        var currentQuery = ParseQuery(query.Value);
        MenuItem? best = null;
        var bestScore = 0;
        foreach (var item in Flatten(items))
        {
            var score = Score(item.Url, currentPath, currentQuery, minPrefixSegments);
            if (score > bestScore)
            {
                best = item;
                bestScore = score;
            }
        }
        return best;
    }

    static IReadOnlyList<NavEntry> Convert(IEnumerable<MenuItem> items, MenuItem? active)
    {
        var list = new List<NavEntry>();
        foreach (var item in items.OrderBy(i => i.Position))
        {
            var children = Convert(item.Children, active);
            list.Add(new NavEntry(item.Text, item.Url, ReferenceEquals(item, active),
                children.Any(c => c.IsActive || c.ContainsActive), children));
        }
        return list;
    }

    static IEnumerable<MenuItem> Flatten(IEnumerable<MenuItem> items)
    {
        foreach (var item in items)
        {
            yield return item;
            foreach (var child in Flatten(item.Children))
                yield return child;
        }
    }

    static int Score(string? url, string currentPath, ILookup<string, string> currentQuery, int minPrefixSegments)
    {
        if (string.IsNullOrWhiteSpace(url))
            return 0;
        url = url.Trim();
        if (url.StartsWith("~/", StringComparison.Ordinal))
            url = url[1..];
        if (!url.StartsWith('/') || url.StartsWith("//", StringComparison.Ordinal))
            return 0; // absolute or protocol-relative links never denote the current page

        var hash = url.IndexOf('#');
        if (hash >= 0)
            url = url[..hash];
        var q = url.IndexOf('?');
        var urlPath = Normalize(q >= 0 ? url[..q] : url);
        var urlQuery = ParseQuery(q >= 0 ? url[q..] : null);

        foreach (var group in urlQuery)
            foreach (var value in group)
                if (!currentQuery[group.Key].Contains(value, StringComparer.OrdinalIgnoreCase))
                    return 0;

        var segments = urlPath == "/" ? 0 : urlPath.Count(c => c == '/');
        int score;
        if (string.Equals(urlPath, currentPath, StringComparison.OrdinalIgnoreCase))
            score = 10_000;
        else if (segments >= minPrefixSegments && segments > 0
                 && currentPath.StartsWith(urlPath + "/", StringComparison.OrdinalIgnoreCase))
            score = 1_000;
        else
            return 0;
        return score + segments * 10 + urlQuery.Count;
    }

    static string Normalize(string? path)
    {
        if (string.IsNullOrEmpty(path))
            return "/";
        path = path.TrimEnd('/');
        return path.Length == 0 ? "/" : path;
    }

    static ILookup<string, string> ParseQuery(string? query)
    {
        if (string.IsNullOrEmpty(query) || query == "?")
            return Array.Empty<KeyValuePair<string, string>>().ToLookup(p => p.Key, p => p.Value);
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(query)
            .SelectMany(p => p.Value.Select(v => new KeyValuePair<string, string>(p.Key, v ?? "")))
            .ToLookup(p => p.Key, p => p.Value, StringComparer.OrdinalIgnoreCase);
    }
}
