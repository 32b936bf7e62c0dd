using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;

namespace Jingyuan.Cms.Web.Areas.Admin.Models;

public sealed record RoleRow(string Id, string Name, string Description, int UserCount, bool BuiltIn);

public sealed class RoleInput
{
    [Required(ErrorMessage = "请填写{0}")]
    [StringLength(50, ErrorMessage = "{0}不能超过{1}个字符")]
    [Display(Name = "角色名称")]
    public string Name { get; set; } = "";

    [StringLength(200, ErrorMessage = "{0}不能超过{1}个字符")]
    [Display(Name = "说明")]
    public string? Description { get; set; }

    /// <summary>Built-in roles keep their names: the code and the start-up tasks refer to them by name.</summary>
    [BindNever, ValidateNever]
    public bool BuiltIn { get; set; }
}
