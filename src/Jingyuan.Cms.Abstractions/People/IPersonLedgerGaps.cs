using Jingyuan.Cms.Content;

namespace Jingyuan.Cms.People;

/// <summary>
/// Persons in the published rows of <paramref name="FromType"/> meeting <paramref name="Where"/> (Equals or In
/// on indexed fields) who have no published row of <paramref name="MissingIn"/> in <paramref name="Year"/>,
/// e.g. labour migrants in work who drew no employment subsidy (应享尽享). Paged by item id after <paramref name="After"/>.
/// </summary>
public sealed record PersonGapQuery(string FromType, IReadOnlyList<FieldFilter> Where, string MissingIn, int Year,
    int? DepartmentId, string? After = null, int PageSize = 50);

/// <summary>A row of the persons found: its title is the masked person (<see cref="PersonTitles"/>).</summary>
public sealed record PersonGapRow(string ContentItemId, string Title, int? DepartmentId);

public sealed record PersonGapPage(IReadOnlyList<PersonGapRow> Rows, string? NextAfter);

/// <summary>Cross-ledger checks by person, matched by the ID number's index hash (never the clear number).</summary>
public interface IPersonLedgerGaps
{
    Task<PersonGapPage> MissingAsync(PersonGapQuery query);
}
