using System.Globalization;
using System.Net;
using System.Text;
using Jingyuan.Cms.Chapters;
using Jingyuan.Cms.Content;
using Jingyuan.Cms.Departments;
using Jingyuan.Cms.Modules.Industry.Models;
using Jingyuan.Cms.Notices;
using Microsoft.Extensions.Localization;

namespace Jingyuan.Cms.Modules.Industry.Services;

/// <summary>What the unit fills in for a 验收结果公示: the period and where objections go.</summary>
public sealed class AcceptanceNoticeInput
{
    public int Year { get; set; }
    public int? DepartmentId { get; set; }
    public DateOnly? PeriodStart { get; set; }
    public DateOnly? PeriodEnd { get; set; }
    public string? ObjectionPhone { get; set; }
    public string? ObjectionAddress { get; set; }
}

/// <summary>
/// Drafts the 公示 of a unit's accepted (验收) projects of a year: a table of what each project is,
/// where, and what it cost, and the period for objections. The notice then goes through the
/// notices module's review like any other; nothing here publishes.
/// </summary>
public sealed class AcceptanceNoticeComposer(IStringLocalizer<AcceptanceNoticeComposer> T)
{
    public const string Accepted = "验收";

    /// <summary>Field errors keyed by input name, empty when the input can be published.</summary>
    public IDictionary<string, string> Validate(AcceptanceNoticeInput input)
    {
        var errors = new Dictionary<string, string>();
        if (input.PeriodStart is null) errors[nameof(input.PeriodStart)] = T["请填写公示开始日期"];
        if (input.PeriodEnd is null) errors[nameof(input.PeriodEnd)] = T["请填写公示截止日期"];
        else if (input.PeriodStart is { } start && input.PeriodEnd < start) errors[nameof(input.PeriodEnd)] = T["公示截止日期不能早于开始日期"];
        if (string.IsNullOrWhiteSpace(input.ObjectionPhone) && string.IsNullOrWhiteSpace(input.ObjectionAddress))
            errors[nameof(input.ObjectionPhone)] = T["请填写异议联系电话或联系地址"];
        return errors;
    }

    public NoticeDraft Compose(AcceptanceNoticeInput input, Department unit, IReadOnlyList<ContentItem> projects)
    {
        var body = new StringBuilder();
        body.Append(Paragraph(T["根据{0}年泾源县移民致富提升行动实施方案，{1}对以下 {2} 个产业项目组织了验收，现将验收结果予以公示。",
            input.Year, unit.Name, projects.Count]));
        body.Append("<table><thead><tr>");
        foreach (var heading in new[] { T["序号"].Value, T["项目名称"].Value, T["产业类别"].Value, T["乡镇"].Value, T["总投资（万元）"].Value, T["建设内容及规模"].Value })
            body.Append("<th>").Append(Encode(heading)).Append("</th>");
        body.Append("</tr></thead><tbody>");
        for (var i = 0; i < projects.Count; i++)
        {
            var p = projects[i];
            body.Append("<tr>");
            foreach (var cell in new[]
            {
                (i + 1).ToString(CultureInfo.InvariantCulture), p.DisplayText, p.GetText(nameof(IndustryProject.Industry)),
                p.GetText(ProjectFields.Township), p.GetNumber(nameof(ProjectRecord.Investment))?.ToString("0.####", CultureInfo.InvariantCulture),
                p.GetText(nameof(IndustryProject.Scope)),
            })
                body.Append("<td>").Append(Encode(cell ?? "")).Append("</td>");
            body.Append("</tr>");
        }
        body.Append("</tbody></table>");
        body.Append(Paragraph(T["公示期间，如对上述项目有异议，请以书面或电话形式实名向{0}反映。", unit.Name]));
        return new NoticeDraft(
            T["{0}年{1}产业项目验收结果公示", input.Year, unit.Name], NoticeKind.Publicity, unit.Id, body.ToString(),
            input.PeriodStart, input.PeriodEnd, input.ObjectionPhone?.Trim(), input.ObjectionAddress?.Trim());
    }

    private static string Paragraph(string text) => "<p>" + Encode(text) + "</p>";

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
