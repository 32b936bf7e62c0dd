using System.ComponentModel.DataAnnotations;
using Jingyuan.Cms.Plan;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;

namespace Jingyuan.Cms.Web.Areas.Admin.Models;

/// <summary>A resettlement site (安置区) and its 包抓 leaders per year at county, township and village level.</summary>
public sealed class PlanSiteForm
{
    [Required(ErrorMessage = "请填写{0}")]
    [StringLength(100, ErrorMessage = "{0}不能超过{1}个字符")]
    [Display(Name = "安置区名称")]
    public string Name { get; set; } = "";

    [StringLength(100, ErrorMessage = "{0}不能超过{1}个字符")]
    [Display(Name = "所属乡镇")]
    public string? Township { get; set; }

    [StringLength(100, ErrorMessage = "{0}不能超过{1}个字符")]
    [Display(Name = "所在村")]
    public string? Village { get; set; }

    [Required(ErrorMessage = "请选择{0}")]
    [Display(Name = "类别")]
    public SiteKind? Kind { get; set; }

    [StringLength(1000, ErrorMessage = "{0}不能超过{1}个字符")]
    [Display(Name = "备注")]
    public string? Notes { get; set; }

    /// <summary>Existing leaders plus blank rows for new ones; blank rows are ignored.</summary>
    public List<PlanSiteLeaderRow> Leaders { get; set; } = [];

    [BindNever, ValidateNever]
    public int? SiteId { get; set; }
}

public sealed class PlanSiteLeaderRow
{
    [Range(2000, 2100, ErrorMessage = "{0}须在{1}到{2}之间")]
    [Display(Name = "年度")]
    public int? Year { get; set; }

    [Display(Name = "层级")]
    public LeaderLevel Level { get; set; }

    [StringLength(100, ErrorMessage = "{0}不能超过{1}个字符")]
    [Display(Name = "包抓领导")]
    public string? Name { get; set; }

    [StringLength(200, ErrorMessage = "{0}不能超过{1}个字符")]
    [Display(Name = "职务")]
    public string? Position { get; set; }

    [Display(Name = "删除")]
    public bool Remove { get; set; }

    public bool IsBlank => string.IsNullOrWhiteSpace(Name) && string.IsNullOrWhiteSpace(Position);
}
