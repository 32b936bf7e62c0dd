using Jingyuan.Cms.Audit;

namespace Jingyuan.Cms.Content;

/// <summary>
/// New items of one content type stored together (an import). Every item is validated first,
/// outside any transaction; then all are written in one short transaction, or none.
/// </summary>
public sealed class ContentBatch
{
    public required IReadOnlyList<ContentItem> Items { get; init; }

    /// <summary>Store the versions as submitted for review instead of drafts.</summary>
    public bool Submit { get; init; }

    /// <summary>Recorded in the same transaction as the items (e.g. "imported 5,000 rows from Excel").</summary>
    public AuditEntry? Summary { get; init; }

    /// <summary>Called while items are validated with (validated so far, total): moves a progress bar.</summary>
    public Func<int, int, Task>? Validated { get; init; }

    /// <summary>Called once every item is valid, just before the write transaction opens.</summary>
    public Func<Task>? Writing { get; init; }

    public CancellationToken CancellationToken { get; init; }
}
