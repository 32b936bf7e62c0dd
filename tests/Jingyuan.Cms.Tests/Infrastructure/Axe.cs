using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Jingyuan.Cms.Tests.Infrastructure;

/// <summary>
/// Accessibility checks with axe-core (bundled in Deque.AxeCore.Commons: nothing is fetched).
/// The project's bar: no violation of impact "serious" or "critical" (all default rules).
/// </summary>
public static class Axe
{
    static readonly string[] BlockingImpacts = ["serious", "critical"];

    /// <summary>Runs axe on the whole page and returns the violations whose impact is serious or critical.</summary>
    public static async Task<IReadOnlyList<AxeResultItem>> SeriousViolationsAsync(IPage page)
    {
        // All of axe's default rules (WCAG 2.0–2.2 A/AA and best practices), filtered by impact.
        var result = await page.RunAxe(new AxeRunOptions());
        return result.Violations
            .Where(v => v.Impact is not null && BlockingImpacts.Contains(v.Impact, StringComparer.OrdinalIgnoreCase))
            .ToList();
    }

    /// <summary>Fails with a readable list (rule, impact, help, offending elements) when a serious or critical violation is found.</summary>
    public static async Task AssertNoSeriousViolationsAsync(IPage page)
    {
        var violations = await SeriousViolationsAsync(page);
        Assert.True(violations.Count == 0, Describe(violations, page.Url));
    }

    /// <summary>Human-readable list of violations for assertion messages.</summary>
    public static string Describe(IEnumerable<AxeResultItem> violations, string? url = null)
    {
        var sb = new StringBuilder();
        sb.Append("axe found serious/critical accessibility violations");
        if (!string.IsNullOrEmpty(url))
            sb.Append(" on ").Append(url);
        sb.AppendLine(":");
        foreach (var v in violations)
        {
            sb.Append("- ").Append(v.Id).Append(" [").Append(v.Impact).Append("] ").AppendLine(v.Help);
            foreach (var node in v.Nodes.Take(10))
            {
                sb.Append("    ").Append(node.Target?.ToString()).Append("  ").AppendLine(Shorten(node.Html));
                var why = node.Any.Concat(node.All).Concat(node.None).Select(c => c.Message).FirstOrDefault(m => !string.IsNullOrEmpty(m));
                if (why is not null)
                    sb.Append("      ").AppendLine(why);
            }
        }
        return sb.ToString();
    }

    static string Shorten(string? html) =>
        html is null ? "" : html.Length <= 200 ? html : html[..200] + "…";
}
