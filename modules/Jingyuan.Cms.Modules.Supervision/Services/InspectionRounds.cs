using System.Globalization;
using Jingyuan.Cms.Audit;
using Jingyuan.Cms.Content;
using Jingyuan.Cms.Departments;
using Jingyuan.Cms.Modules.Supervision.Models;
using Jingyuan.Cms.Time;
using R = Jingyuan.Cms.Modules.Supervision.Models.InspectionRoundType;

namespace Jingyuan.Cms.Modules.Supervision.Services;

/// <summary>督查轮次: recorded by the coordinating office; each finding is a 督办事项 raised with the round as its source.</summary>
public sealed class InspectionRounds(IContentManager contents, IDepartmentStore departments, SupervisionLoop loop,
    SupervisionWriteScope scope, IAuditTrail audit, TimeProvider clock)
{
    public const int PageSize = 20;

    public async Task<ContentItem> RecordAsync(RoundDraft draft)
    {
        if (!await loop.IsCoordinatorAsync()) throw new ContentForbiddenException("只有统筹办公室（乡村振兴局）可以记录督查轮次");
        var errors = new Dictionary<string, string[]>();
        var today = ChinaTime.Today(clock);
        if (draft.HeldOn is not { } day) errors[nameof(draft.HeldOn)] = ["请填写督查日期"];
        else if (day > today) errors[nameof(draft.HeldOn)] = ["督查日期不能晚于今天"];
        if (string.IsNullOrWhiteSpace(draft.Inspectors)) errors[nameof(draft.Inspectors)] = ["请填写督查人员"];
        else if (draft.Inspectors.Length > 500) errors[nameof(draft.Inspectors)] = ["督查人员不能超过500个字符"];
        var units = new List<Department>();
        foreach (var id in draft.UnitIds.Distinct())
            if (await departments.GetAsync(id) is { } unit) units.Add(unit);
            else errors[nameof(draft.UnitIds)] = ["所选被督查单位不存在"];
        if (units.Count == 0 && !errors.ContainsKey(nameof(draft.UnitIds))) errors[nameof(draft.UnitIds)] = ["请选择至少一个被督查单位"];
        if (draft.Summary?.Length > 10000) errors[nameof(draft.Summary)] = ["督查情况不能超过10000个字符"];
        if (errors.Count > 0) throw new ContentValidationException(errors);

        var heldOn = draft.HeldOn!.Value;
        var round = await contents.NewAsync(R.Name);
        round.DisplayText = Shorten($"{Iso(heldOn)} 督查（{string.Join("、", units.Select(u => u.Name))}）", 200);
        round.Year = heldOn.Year;
        round.Set(R.HeldOn, Iso(heldOn)).Set(R.Inspectors, draft.Inspectors.Trim())
            .Set(R.UnitsInspected, string.Join(",", units.Select(u => u.Id.ToString(CultureInfo.InvariantCulture))))
            .Set(R.Summary, draft.Summary?.Trim());
        var saved = await scope.RunAsync(() => contents.SaveDraftAsync(round, null));
        await audit.RecordAsync(new AuditEntry(AuditEvents.InspectionRoundRecorded, $"记录督查轮次「{saved.DisplayText}」",
            saved.ContentItemId, saved.ContentType));
        return saved;
    }

    public async Task<ContentItem?> GetAsync(string id) =>
        await contents.GetLatestAsync(id) is { ContentType: R.Name } round ? round : null;

    /// <summary>A finding of the round: a 督办事项 whose source is the round, whatever source the form posted.</summary>
    public async Task<ContentItem> RaiseFindingAsync(ContentItem round, SupervisionDraft draft)
    {
        draft.Source = SupervisionItemType.FromRound;
        return await loop.RaiseAsync(draft, round.ContentItemId);
    }

    /// <summary>Newest rounds first.</summary>
    public Task<PagedResult<ContentItem>> ListAsync(int page) =>
        contents.QueryAsync(new ContentQuery
        {
            ContentTypes = [R.Name], SortBy = R.HeldOn, Descending = true, Page = Math.Max(1, page), PageSize = PageSize,
        });

    public static IReadOnlyList<int> UnitIds(ContentItem round) =>
        (round.GetText(R.UnitsInspected) ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries)
            .Select(s => int.TryParse(s, CultureInfo.InvariantCulture, out var v) ? v : 0).Where(v => v > 0).ToList();

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Shorten(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
