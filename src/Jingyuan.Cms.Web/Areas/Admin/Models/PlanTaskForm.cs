using System.ComponentModel.DataAnnotations;
using Jingyuan.Cms.Departments;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;

namespace Jingyuan.Cms.Web.Areas.Admin.Models;

public sealed class PlanTaskForm
{
    [Required(ErrorMessage = "请填写{0}")]
    [Range(1, 999, ErrorMessage = "{0}须在{1}到{2}之间")]
    [Display(Name = "任务编号")]
    public int? Number { get; set; }

    [Required(ErrorMessage = "请填写{0}")]
    [StringLength(200, ErrorMessage = "{0}不能超过{1}个字符")]
    [Display(Name = "标题")]
    public string Title { get; set; } = "";

    [Display(Name = "任务内容")]
    public string? Text { get; set; }

    [Display(Name = "牵头单位")]
    public List<int> LeadUnitIds { get; set; } = [];

    [Display(Name = "责任单位")]
    public List<int> ResponsibleUnitIds { get; set; } = [];

    /// <summary>One place a line (villages and sites the task names).</summary>
    [Display(Name = "涉及地点")]
    public string? Places { get; set; }

    [BindNever, ValidateNever]
    public IReadOnlyList<Department> DepartmentOptions { get; set; } = [];

    [BindNever, ValidateNever]
    public int Year { get; set; }

    [BindNever, ValidateNever]
    public int ChapterId { get; set; }

    [BindNever, ValidateNever]
    public int? TaskId { get; set; }

    public IReadOnlyList<string> PlaceList() =>
        (Places ?? "").Split(['\n', '、', '，', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
