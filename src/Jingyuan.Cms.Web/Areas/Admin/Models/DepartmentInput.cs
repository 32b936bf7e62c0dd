using System.ComponentModel.DataAnnotations;
using Jingyuan.Cms.Departments;

namespace Jingyuan.Cms.Web.Areas.Admin.Models;

public sealed class DepartmentInput
{
    [Required(ErrorMessage = "请填写{0}")]
    [StringLength(100, ErrorMessage = "{0}不能超过{1}个字符")]
    [Display(Name = "部门名称")]
    public string Name { get; set; } = "";

    [Required(ErrorMessage = "请选择{0}")]
    [Display(Name = "类别")]
    public DepartmentKind? Kind { get; set; }

    [StringLength(400, ErrorMessage = "{0}不能超过{1}个字符")]
    [Display(Name = "别名")]
    public string? Aliases { get; set; }

    [Required(ErrorMessage = "请填写{0}")]
    [Range(0, 9999, ErrorMessage = "{0}须在{1}到{2}之间")]
    [Display(Name = "排序号")]
    public int? SortOrder { get; set; }
}

public sealed record DepartmentRow(int Id, string Name, DepartmentKind Kind, string Aliases, int SortOrder);

public sealed class DepartmentListViewModel
{
    public required IReadOnlyList<DepartmentRow> Departments { get; init; }
    public required ListPager Pager { get; init; }
}
