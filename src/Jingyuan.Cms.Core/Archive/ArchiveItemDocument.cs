using Jingyuan.Cms.Audit;
using Jingyuan.Cms.Content;
using Jingyuan.Cms.Data;
using Jingyuan.Cms.Time;

namespace Jingyuan.Cms.Archive;

/// <summary>
/// The PDF of one archived item: its approved content (personal values masked, as everywhere in the
/// admin), every version, and its approval history from the audit trail (who, when, what, the reasons).
/// </summary>
internal static class ArchiveItemDocument
{
    private static readonly Dictionary<string, string> EventLabels = new()
    {
        [AuditEvents.ContentCreated] = "新建", [AuditEvents.ContentEdited] = "修改", [AuditEvents.ContentSubmitted] = "提交审核",
        [AuditEvents.ContentRejected] = "审核退回", [AuditEvents.ContentApproved] = "审核通过", [AuditEvents.ContentPublished] = "发布",
        [AuditEvents.ContentUnpublished] = "撤回", [AuditEvents.ContentDeleted] = "删除",
    };

    private static readonly Dictionary<ContentStatus, string> StatusLabels = new()
    {
        [ContentStatus.Draft] = "草稿", [ContentStatus.Submitted] = "待审核", [ContentStatus.Rejected] = "已退回",
        [ContentStatus.Published] = "已发布", [ContentStatus.Archived] = "已撤下",
    };

    public static (byte[] Pdf, int Pages) Render(string itemNumber, string department, ResolvedContentType type,
        IReadOnlyList<ContentItem> versionsNewestFirst, IReadOnlyList<AuditEventRecord> history)
    {
        var latest = versionsNewestFirst[0];
        using var pdf = new ArchivePdf(latest.DisplayText);
        pdf.Title(latest.DisplayText);
        pdf.Line($"件号：{itemNumber}");
        pdf.Line($"类别：{type.Type.DisplayName}    责任者：{department}    年度：{latest.Year}");
        if (latest.PublishedUtc is { } published) pdf.Line($"审核发布时间：{ChinaTime.Format(published)}（北京时间）");

        pdf.Heading("一、内容（已审核通过的版本；个人信息已脱敏）");
        foreach (var line in ContentItemText.Render(latest, type, omitEmpty: true).Split('\n', StringSplitOptions.RemoveEmptyEntries)) pdf.Line(line);

        pdf.Heading("二、版本记录");
        foreach (var v in versionsNewestFirst.Reverse())
        {
            var state = StatusLabels.GetValueOrDefault(v.Status, v.Status.ToString());
            pdf.Line($"第{v.Number}版：{state}；保存人 {v.ModifiedBy}，{ChinaTime.Format(v.ModifiedUtc)}" +
                (v.ReviewComment is { Length: > 0 } c ? $"；审核意见：{c}" : ""));
        }

        pdf.Heading("三、审批记录（摘自审计日志）");
        if (history.Count == 0) pdf.Line("（无）");
        foreach (var e in history)
            pdf.Line($"{ChinaTime.Format(e.OccurredUtc)}  {e.UserName}  {EventLabels.GetValueOrDefault(e.EventName, e.EventName)}：{e.Summary}");
        // PDFsharp refuses any access once the document is saved, so count pages first.
        var pages = pdf.PageCount;
        return (pdf.ToBytes(), pages);
    }
}
