using Jingyuan.Cms.Data;
using Microsoft.Extensions.Logging;

namespace Jingyuan.Cms.People;

/// <summary>A published record of a tallied people ledger came or went: the ledger's public tallies are recomputed after commit.</summary>
public sealed class PublicTallyHandler(CmsDbContext db, PublicTallyStore tallies, ILogger<PublicTallyHandler> log)
    : AfterCommitRecompute(db, log)
{
    protected override string What => "public tallies";

    protected override bool Reads(string contentType) => tallies.Declared().Any(t => t.ContentType == contentType);

    // A stale tally is also repaired by the next read that finds it declared differently.
    protected override Task RecomputeAsync(IReadOnlyList<string> contentTypes) => tallies.RecomputeAsync(contentTypes);
}
