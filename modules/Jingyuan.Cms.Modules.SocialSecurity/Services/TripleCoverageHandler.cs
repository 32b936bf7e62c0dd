using Jingyuan.Cms.Chapters;
using Jingyuan.Cms.Content;
using Jingyuan.Cms.Modules.SocialSecurity.Models;
using Microsoft.Extensions.Localization;

namespace Jingyuan.Cms.Modules.SocialSecurity.Services;

/// <summary>A village cannot cover more people than it has: each covered count is at most its migrants.</summary>
public sealed class TripleCoverageHandler(IStringLocalizer<TripleCoverageHandler> T, IEnumerable<ChapterDescriptor> chapters)
    : RecordHandler<TripleCoverage>
{
    protected override void Validate(TripleCoverage coverage, ContentItem item, RecordErrors<TripleCoverage> errors)
    {
        if (coverage.Migrants is not { } migrants) return;
        foreach (var (field, value) in coverage.Covered().Where(c => c.Value > migrants))
            errors.Add(field, T["“{0}”（{1}人）不能超过脱贫移民人数（{2}人）", chapters.LabelOf(nameof(TripleCoverage), field), value!, migrants]);
    }
}
