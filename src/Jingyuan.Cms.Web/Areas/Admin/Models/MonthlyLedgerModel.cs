using Jingyuan.Cms.Content;
using Jingyuan.Cms.People;

namespace Jingyuan.Cms.Web.Areas.Admin.Models;

/// <summary>The month-end page of a monthly ledger: the situation and who has not reported, each a page by key.</summary>
public sealed class MonthlyLedgerModel
{
    public required ResolvedContentType Type { get; init; }
    public required DateOnly Month { get; init; }
    public required IReadOnlyList<string> CountFields { get; init; }
    public required MonthlyLedgerPage Situation { get; init; }
    public required MonthlyLedgerPage NotReported { get; init; }
    public required IReadOnlyDictionary<int, string> Departments { get; init; }
    public bool AllUnits { get; init; }
    public string? After { get; init; }
    public string? MissingAfter { get; init; }

    public string MonthText => Month.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);

    public string Url(string? after, string? missingAfter) =>
        $"/admin/ledgers/{Type.Type.Name}/monthly?month={MonthText}"
        + (after is null ? "" : "&after=" + Uri.EscapeDataString(after))
        + (missingAfter is null ? "" : "&missingAfter=" + Uri.EscapeDataString(missingAfter));
}
