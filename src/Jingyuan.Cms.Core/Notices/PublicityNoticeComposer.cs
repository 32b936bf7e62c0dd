using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.Extensions.Localization;

namespace Jingyuan.Cms.Notices;

/// <summary>
/// The one way a 公示 body is written: the opening paragraph, a numbered table, and the closing paragraph
/// naming the 公示期 and where objections go. Every text is HTML-encoded, so what a record holds is shown
/// as text and never becomes markup on the public page.
/// </summary>
public sealed class PublicityNoticeComposer(IStringLocalizer<PublicityNoticeComposer> T) : IPublicityNoticeComposer
{
    public IReadOnlyDictionary<string, string> Validate(PublicityNoticeInput input)
    {
        var errors = new Dictionary<string, string>();
        if (input.PeriodStart is null) errors[nameof(input.PeriodStart)] = T["请填写公示开始日期"];
        if (input.PeriodEnd is null) errors[nameof(input.PeriodEnd)] = T["请填写公示截止日期"];
        else if (input.PeriodStart is { } start && input.PeriodEnd < start) errors[nameof(input.PeriodEnd)] = T["公示截止日期不能早于开始日期"];
        if (string.IsNullOrWhiteSpace(input.ObjectionPhone) && string.IsNullOrWhiteSpace(input.ObjectionAddress))
            errors[nameof(input.ObjectionPhone)] = T["请填写异议联系电话或联系地址"];
        if (input.ObjectionPhone?.Trim().Length > 50) errors[nameof(input.ObjectionPhone)] = T["异议联系电话不能超过50个字符"];
        if (input.ObjectionAddress?.Trim().Length > 200) errors[nameof(input.ObjectionAddress)] = T["异议联系地址不能超过200个字符"];
        return errors;
    }

    public NoticeDraft Compose(PublicityNotice notice, PublicityNoticeInput input, int issuingDepartmentId)
    {
        var body = new StringBuilder();
        body.Append(Paragraph(notice.Intro));
        body.Append("<table><thead><tr>");
        foreach (var heading in notice.Columns.Prepend(T["序号"].Value))
            body.Append("<th>").Append(Encode(heading)).Append("</th>");
        body.Append("</tr></thead><tbody>");
        for (var i = 0; i < notice.Rows.Count; i++)
        {
            body.Append("<tr>");
            foreach (var cell in notice.Rows[i].Prepend((i + 1).ToString(CultureInfo.InvariantCulture)))
                body.Append("<td>").Append(Encode(cell ?? "")).Append("</td>");
            body.Append("</tr>");
        }
        body.Append("</tbody></table>");
        body.Append(Paragraph(T["公示期为{0}至{1}。公示期间，如有异议，请以书面或电话形式实名向{2}反映。",
            Day(input.PeriodStart), Day(input.PeriodEnd), notice.IssuerName]));
        var contact = Contact(input);
        if (contact.Length > 0) body.Append(Paragraph(contact));
        return new NoticeDraft(notice.Title, NoticeKind.Publicity, issuingDepartmentId, body.ToString(),
            input.PeriodStart, input.PeriodEnd, Trimmed(input.ObjectionPhone), Trimmed(input.ObjectionAddress));
    }

    private string Contact(PublicityNoticeInput input)
    {
        var parts = new List<string>();
        if (Trimmed(input.ObjectionPhone) is { } phone) parts.Add(T["联系电话：{0}", phone]);
        if (Trimmed(input.ObjectionAddress) is { } address) parts.Add(T["联系地址：{0}", address]);
        return string.Join("；", parts);
    }

    private static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static string Day(DateOnly? date) => date?.ToString("yyyy年M月d日", CultureInfo.InvariantCulture) ?? "";

    private static string Paragraph(string text) => "<p>" + Encode(text) + "</p>";

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
