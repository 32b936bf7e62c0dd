using Jingyuan.Cms.Chapters;

namespace Jingyuan.Cms.Web.Portal;

/// <summary>Clears the portal cache once recomputed target figures are stored (after commit).</summary>
public sealed class PortalFiguresListener(PortalCache cache) : ITargetFiguresChanged
{
    public void FiguresChanged() => cache.Invalidate();
}
