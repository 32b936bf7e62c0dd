using Jingyuan.Cms.Departments;

namespace Jingyuan.Cms.Web.Areas.Admin.Models;

/// <summary>Chinese source strings for department kinds; views pass them through the localizer.</summary>
public static class DepartmentKindNames
{
    public static string Of(DepartmentKind kind) => kind switch
    {
        DepartmentKind.Bureau => "局",
        DepartmentKind.Township => "乡镇",
        _ => "其他",
    };
}
