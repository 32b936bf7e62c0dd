using System.ComponentModel.DataAnnotations;
using Jingyuan.Cms.Modules;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;

namespace Jingyuan.Cms.Web.Areas.Admin.Models;

public sealed class PlanChapterForm
{
    [Required(ErrorMessage = "请填写{0}")]
    [Range(1, 99, ErrorMessage = "{0}须在{1}到{2}之间")]
    [Display(Name = "章节编号")]
    public int? Number { get; set; }

    [Required(ErrorMessage = "请填写{0}")]
    [StringLength(200, ErrorMessage = "{0}不能超过{1}个字符")]
    [Display(Name = "标题")]
    public string Title { get; set; } = "";

    [Display(Name = "概述")]
    public string? Summary { get; set; }

    /// <summary>Empty: the generic pages serve the chapter.</summary>
    [Display(Name = "负责模块")]
    public string? ModuleId { get; set; }

    [BindNever, ValidateNever]
    public IReadOnlyList<ModuleDescriptor> ModuleOptions { get; set; } = [];

    /// <summary>Where the form posts and returns to.</summary>
    [BindNever, ValidateNever]
    public int Year { get; set; }

    [BindNever, ValidateNever]
    public int? ChapterId { get; set; }
}
