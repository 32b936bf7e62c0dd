using System.ComponentModel.DataAnnotations;
using Jingyuan.Cms.Departments;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;

namespace Jingyuan.Cms.Web.Areas.Admin.Models;

/// <summary>Fields shared by the create and edit forms, plus the choices the form offers (never bound).</summary>
public abstract class UserFormModel
{
    [Required(ErrorMessage = "请填写{0}")]
    [StringLength(50, ErrorMessage = "{0}不能超过{1}个字符")]
    [Display(Name = "显示名称")]
    public string DisplayName { get; set; } = "";

    [Display(Name = "所属部门")]
    public int? DepartmentId { get; set; }

    [Display(Name = "角色")]
    public List<string> Roles { get; set; } = [];

    [BindNever, ValidateNever]
    public IReadOnlyList<Department> DepartmentOptions { get; set; } = [];

    [BindNever, ValidateNever]
    public IReadOnlyList<string> RoleOptions { get; set; } = [];
}

public sealed class UserCreateInput : UserFormModel
{
    [Required(ErrorMessage = "请填写{0}")]
    [StringLength(50, ErrorMessage = "{0}不能超过{1}个字符")]
    [Display(Name = "用户名")]
    public string UserName { get; set; } = "";

    [Required(ErrorMessage = "请填写{0}")]
    [DataType(DataType.Password)]
    [Display(Name = "初始密码")]
    public string Password { get; set; } = "";
}

public sealed class UserEditInput : UserFormModel
{
    [BindNever, ValidateNever]
    public string UserName { get; set; } = "";

    [Display(Name = "停用此账号")]
    public bool Disabled { get; set; }

    [BindNever, ValidateNever]
    public bool LockedOut { get; set; }
}

public sealed class UserPasswordInput
{
    [BindNever, ValidateNever]
    public string UserName { get; set; } = "";

    [Required(ErrorMessage = "请填写{0}")]
    [DataType(DataType.Password)]
    [Display(Name = "新密码")]
    public string Password { get; set; } = "";
}
