using System.ComponentModel.DataAnnotations;
using Jingyuan.Cms.Departments;
using Jingyuan.Cms.Progress;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;

namespace Jingyuan.Cms.Web.Areas.Admin.Models;

/// <summary>The progress reporting form of one task.</summary>
public sealed class PlanReportForm
{
    /// <summary>Empty for a narrative report (进展情况 and evidence, no figure), allowed on every task.</summary>
    [Display(Name = "指标")]
    public int? TargetId { get; set; }

    /// <summary>"month" or "quarter".</summary>
    [Display(Name = "填报方式")]
    public string PeriodKind { get; set; } = "month";

    /// <summary>From the month picker: "2023-05".</summary>
    [Display(Name = "月份")]
    public string? Month { get; set; }

    [Range(1, 4, ErrorMessage = "{0}须在{1}到{2}之间")]
    [Display(Name = "季度")]
    public int? Quarter { get; set; }

    /// <summary>Required with a target; the report handler says so next to this field.</summary>
    [Display(Name = "累计完成值")]
    public decimal? Value { get; set; }

    [Required(ErrorMessage = "请填写{0}")]
    [StringLength(5000, ErrorMessage = "{0}不能超过{1}个字符")]
    [Display(Name = "进展情况")]
    public string? Narrative { get; set; }

    [Display(Name = "填报单位")]
    public int? DepartmentId { get; set; }

    [BindNever, ValidateNever]
    public ReportableTask? ReportTask { get; set; }

    /// <summary>The user's own unit, or null when they choose among the task's units.</summary>
    [BindNever, ValidateNever]
    public Department? FixedDepartment { get; set; }

    [BindNever, ValidateNever]
    public IReadOnlyList<Department> DepartmentOptions { get; set; } = [];

    /// <summary>Targets an enabled module computes: a report of them is kept but does not set the figure.</summary>
    [BindNever, ValidateNever]
    public IReadOnlySet<int> ComputedTargetIds { get; set; } = new HashSet<int>();

    public string? Period(int year) => PeriodKind == "quarter"
        ? Quarter is { } q ? ReportPeriod.OfQuarter(year, q).ToString() : null
        : Month;
}
