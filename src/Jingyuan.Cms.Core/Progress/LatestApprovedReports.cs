using Jingyuan.Cms.Content;
using Jingyuan.Cms.Data;
using Microsoft.EntityFrameworkCore;

namespace Jingyuan.Cms.Progress;

/// <summary>
/// The approved report that stands for each target of a year: the latest period, and among reports of
/// the same period the one approved last (a correction). Reports carry cumulative values, so the
/// latest one is the achieved figure; earlier ones stay in history.
/// </summary>
public sealed class LatestApprovedReports(CmsDbContext db)
{
    /// <summary>
    /// Keyed by target id. Picks the winners from the index columns alone (target, period, approval time),
    /// then loads only those versions: cost no longer grows with the reports' bodies.
    /// </summary>
    public async Task<IReadOnlyDictionary<int, ContentItem>> ForYearAsync(int year)
    {
        var versions = db.Set<ContentItemRecord>().AsNoTracking()
            .Where(r => r.Published && !r.Deleted && r.ContentType == ProgressReportType.Name && r.Year == year);
        var fields = db.Set<ContentFieldIndexRecord>().AsNoTracking();
        var candidates = await versions
            .Select(r => new Candidate(
                r.Id,
                r.PublishedUtc,
                fields.Where(f => f.VersionId == r.Id && f.FieldName == ProgressReportType.TargetId).Select(f => f.NumberValue).FirstOrDefault(),
                fields.Where(f => f.VersionId == r.Id && f.FieldName == ProgressReportType.Period).Select(f => f.TextValue).FirstOrDefault()))
            .ToListAsync();

        var winners = new Dictionary<int, (Candidate Report, ReportPeriod Period)>();
        foreach (var candidate in candidates)
        {
            if (candidate.TargetId is not { } target || !ReportPeriod.TryParse(candidate.Period, out var period)) continue;
            var targetId = (int)target;
            if (!winners.TryGetValue(targetId, out var current) || IsLater(candidate, period, current.Report, current.Period))
                winners[targetId] = (candidate, period);
        }

        var ids = winners.Values.Select(w => w.Report.VersionId).ToList();
        var items = (await versions.Where(r => ids.Contains(r.Id)).ToListAsync())
            .ToDictionary(r => r.Id, ContentItemMapper.ToItem);
        return winners.ToDictionary(w => w.Key, w => items[w.Value.Report.VersionId]);
    }

    private static bool IsLater(Candidate report, ReportPeriod period, Candidate other, ReportPeriod otherPeriod) =>
        period.EndMonth != otherPeriod.EndMonth
            ? period.EndMonth > otherPeriod.EndMonth
            : (report.PublishedUtc ?? DateTime.MinValue) > (other.PublishedUtc ?? DateTime.MinValue)
              // Same instant (a bulk import): the later-written version is the correction.
              || (report.PublishedUtc == other.PublishedUtc && report.VersionId > other.VersionId);

    private sealed record Candidate(long VersionId, DateTime? PublishedUtc, decimal? TargetId, string? Period);
}
