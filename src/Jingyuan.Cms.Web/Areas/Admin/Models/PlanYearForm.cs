using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;

namespace Jingyuan.Cms.Web.Areas.Admin.Models;

/// <summary>A year's header: title, 文号, issuer, date, goals and the 保障措施 in their order.</summary>
public sealed class PlanYearForm
{
    [Required(ErrorMessage = "请填写{0}")]
    [StringLength(200, ErrorMessage = "{0}不能超过{1}个字符")]
    [Display(Name = "方案名称")]
    public string Title { get; set; } = "";

    [StringLength(100, ErrorMessage = "{0}不能超过{1}个字符")]
    [Display(Name = "文号")]
    public string? DocumentNumber { get; set; }

    [StringLength(200, ErrorMessage = "{0}不能超过{1}个字符")]
    [Display(Name = "发布单位")]
    public string? IssuedBy { get; set; }

    [Display(Name = "发布日期")]
    public DateOnly? IssuedOn { get; set; }

    [Display(Name = "指导思想和目标任务")]
    public string? Goals { get; set; }

    /// <summary>Rows in the order shown; each row's <see cref="SafeguardRow.Order"/> may move it.</summary>
    public List<SafeguardRow> Safeguards { get; set; } = [];

    [BindNever, ValidateNever]
    public int Year { get; set; }
}

public sealed class SafeguardRow
{
    [Range(1, 99, ErrorMessage = "{0}须在{1}到{2}之间")]
    [Display(Name = "顺序")]
    public int? Order { get; set; }

    [StringLength(200, ErrorMessage = "{0}不能超过{1}个字符")]
    [Display(Name = "保障措施标题")]
    public string? Title { get; set; }

    [Display(Name = "内容")]
    public string? Text { get; set; }

    [Display(Name = "删除")]
    public bool Remove { get; set; }

    public bool IsBlank => string.IsNullOrWhiteSpace(Title) && string.IsNullOrWhiteSpace(Text);
}
