using System.ComponentModel.DataAnnotations;
using Jingyuan.Cms.Plan;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;

namespace Jingyuan.Cms.Web.Areas.Admin.Models;

public sealed class PlanTargetForm
{
    [Required(ErrorMessage = "请填写{0}")]
    [StringLength(64, ErrorMessage = "{0}不能超过{1}个字符")]
    [Display(Name = "指标键")]
    public string Key { get; set; } = "";

    [Required(ErrorMessage = "请填写{0}")]
    [StringLength(500, ErrorMessage = "{0}不能超过{1}个字符")]
    [Display(Name = "指标内容")]
    public string Description { get; set; } = "";

    [StringLength(20, ErrorMessage = "{0}不能超过{1}个字符")]
    [Display(Name = "单位")]
    public string? Unit { get; set; }

    [Required(ErrorMessage = "请填写{0}")]
    [Display(Name = "目标值")]
    public decimal? TargetValue { get; set; }

    [Required(ErrorMessage = "请选择{0}")]
    [Display(Name = "比较方式")]
    public TargetComparison? Comparison { get; set; }

    [Required(ErrorMessage = "请选择{0}")]
    [Display(Name = "数据来源")]
    public TargetSource? Source { get; set; }

    [Range(0, 9999, ErrorMessage = "{0}须在{1}到{2}之间")]
    [Display(Name = "排序号")]
    public int? SortOrder { get; set; }

    [Required(ErrorMessage = "请选择{0}")]
    [Display(Name = "填报周期")]
    public ReportCadence? Cadence { get; set; } = ReportCadence.Monthly;

    /// <summary>Reports of a period are due on this (working) day of the following month.</summary>
    [Required(ErrorMessage = "请填写{0}")]
    [Range(1, 28, ErrorMessage = "{0}须在{1}到{2}之间")]
    [Display(Name = "截止日")]
    public int? DueDay { get; set; } = PlanTarget.DefaultDueDay;

    /// <summary>What the target belongs to, shown as the form's heading.</summary>
    [BindNever, ValidateNever]
    public string OwnerName { get; set; } = "";

    [BindNever, ValidateNever]
    public int Year { get; set; }

    /// <summary>The URL the form posts to.</summary>
    [BindNever, ValidateNever]
    public string Action { get; set; } = "";

    [BindNever, ValidateNever]
    public bool IsNew { get; set; }
}
