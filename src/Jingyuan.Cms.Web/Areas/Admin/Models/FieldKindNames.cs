using Jingyuan.Cms.Content;

namespace Jingyuan.Cms.Web.Areas.Admin.Models;

/// <summary>Chinese source strings for field kinds; views pass them through the localizer.</summary>
public static class FieldKindNames
{
    public static string Of(FieldKind kind) => kind switch
    {
        FieldKind.Text => "单行文本",
        FieldKind.LongText => "多行文本",
        FieldKind.Html => "富文本",
        FieldKind.Number => "数字",
        FieldKind.Date => "日期",
        FieldKind.Boolean => "是/否",
        FieldKind.Choice => "单选",
        FieldKind.MultiChoice => "多选",
        FieldKind.ContentLink => "关联内容",
        FieldKind.Department => "部门",
        FieldKind.Site => "安置区/村",
        FieldKind.Files => "文件",
        _ => kind.ToString(),
    };
}
