using System.ComponentModel.DataAnnotations;

namespace Jingyuan.Cms.Web.Areas.Admin.Models;

/// <summary>Starts a year's plan from another year's chapters, tasks and targets.</summary>
public sealed class PlanCopyForm
{
    [Required(ErrorMessage = "请选择{0}")]
    [Display(Name = "复制自")]
    public int? FromYear { get; set; }

    [Required(ErrorMessage = "请填写{0}")]
    [Range(2000, 2100, ErrorMessage = "{0}须在{1}到{2}之间")]
    [Display(Name = "新年度")]
    public int? ToYear { get; set; }
}
