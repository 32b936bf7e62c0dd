using System.ComponentModel.DataAnnotations;
using Jingyuan.Cms.Content;
using Jingyuan.Cms.Data;

namespace Jingyuan.Cms.Web.Areas.Admin.Models;

/// <summary>The audit filter as it arrives in the query string; dates are China dates.</summary>
public sealed class AuditFilterInput
{
    [Display(Name = "用户")]
    public string? User { get; set; }

    [Display(Name = "事件")]
    public string? Event { get; set; }

    [Display(Name = "部门")]
    public int? Department { get; set; }

    [Display(Name = "内容编号")]
    public string? Item { get; set; }

    [Display(Name = "起始日期")]
    public DateOnly? From { get; set; }

    [Display(Name = "截止日期")]
    public DateOnly? To { get; set; }

    public int Page { get; set; } = 1;
}

public sealed class AuditListViewModel
{
    public required AuditFilterInput Filter { get; init; }
    public required PagedResult<AuditEventRecord> Events { get; init; }
    public required ListPager Pager { get; init; }
    public required IReadOnlyDictionary<int, string> DepartmentNames { get; init; }
}

public sealed class AuditDetailsViewModel
{
    public required AuditEventRecord Event { get; init; }
    public string? DepartmentName { get; init; }
}
