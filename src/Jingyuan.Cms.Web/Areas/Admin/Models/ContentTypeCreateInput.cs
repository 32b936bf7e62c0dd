using System.ComponentModel.DataAnnotations;

namespace Jingyuan.Cms.Web.Areas.Admin.Models;

public sealed class ContentTypeCreateInput
{
    [Required(ErrorMessage = "请填写{0}")]
    [Display(Name = "技术名称")]
    public string Name { get; set; } = "";

    [Required(ErrorMessage = "请填写{0}")]
    [StringLength(50, ErrorMessage = "{0}不能超过{1}个字符")]
    [Display(Name = "显示名称")]
    public string DisplayName { get; set; } = "";

    [StringLength(500, ErrorMessage = "{0}不能超过{1}个字符")]
    [Display(Name = "说明")]
    public string? Description { get; set; }
}
