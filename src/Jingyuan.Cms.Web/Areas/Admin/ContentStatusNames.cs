using Jingyuan.Cms.Content;

namespace Jingyuan.Cms.Web.Areas.Admin;

/// <summary>Chinese names of review states (localization keys).</summary>
public static class ContentStatusNames
{
    public static string Of(ContentStatus status) => status switch
    {
        ContentStatus.Draft => "草稿",
        ContentStatus.Submitted => "待审核",
        ContentStatus.Rejected => "已退回",
        ContentStatus.Published => "已发布",
        ContentStatus.Archived => "已归档",
        _ => status.ToString(),
    };
}
