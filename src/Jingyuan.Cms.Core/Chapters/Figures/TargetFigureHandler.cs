using Jingyuan.Cms.Data;
using Microsoft.Extensions.Logging;

namespace Jingyuan.Cms.Chapters;

/// <summary>Told when stored target figures change, e.g. to clear a page cache.</summary>
public interface ITargetFiguresChanged
{
    void FiguresChanged();
}

/// <summary>A published record came or went: the figures of the rules reading its type are recomputed after commit.</summary>
public sealed class TargetFigureHandler(
    CmsDbContext db,
    TargetRuleSource rules,
    TargetFigureStore figures,
    IEnumerable<ITargetFiguresChanged> listeners,
    ILogger<TargetFigureHandler> log) : AfterCommitRecompute(db, log)
{
    protected override string What => "target figures";

    protected override bool Reads(string contentType) => rules.Rules().Any(r => r.ContentType == contentType);

    protected override Task RecomputeAsync(IReadOnlyList<string> contentTypes) => figures.RecomputeAsync(contentTypes);

    protected override void Recomputed()
    {
        foreach (var listener in listeners) listener.FiguresChanged();
    }
}
