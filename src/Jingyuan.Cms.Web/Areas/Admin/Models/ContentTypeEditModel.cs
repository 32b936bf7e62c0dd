using System.ComponentModel.DataAnnotations;
using Jingyuan.Cms.Content;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;

namespace Jingyuan.Cms.Web.Areas.Admin.Models;

/// <summary>The type's own settings and the fields of its own part, edited in one form.</summary>
public sealed class ContentTypeEditModel
{
    [BindNever, ValidateNever]
    public string Name { get; set; } = "";

    [Required(ErrorMessage = "请填写{0}")]
    [StringLength(50, ErrorMessage = "{0}不能超过{1}个字符")]
    [Display(Name = "显示名称")]
    public string DisplayName { get; set; } = "";

    [StringLength(500, ErrorMessage = "{0}不能超过{1}个字符")]
    [Display(Name = "说明")]
    public string? Description { get; set; }

    /// <summary>Published records shown on the portal (personal fields never). Only for types defined here; a module declares its own.</summary>
    [Display(Name = "公开")]
    public bool PublicVisible { get; set; }

    /// <summary>The plan chapter the ledger serves, e.g. 10 for a 2024 chapter 十 that has no module.</summary>
    [Range(1, 99, ErrorMessage = "{0}应为 1—99 的章节序号")]
    [Display(Name = "所属方案章节")]
    public int? PlanChapter { get; set; }

    /// <summary>Declared by a module: publicness and chapter come from its code.</summary>
    [BindNever, ValidateNever]
    public string? ModuleId { get; set; }

    public List<FieldInput> Fields { get; set; } = [];

    /// <summary>Fields of the type's other (shared) parts: shown, not edited here.</summary>
    [BindNever, ValidateNever]
    public IReadOnlyList<ContentFieldDefinition> SharedFields { get; set; } = [];
}
