using Jingyuan.Cms.Content;
using Jingyuan.Cms.Departments;
using Jingyuan.Cms.Modules.Notices.Services;

namespace Jingyuan.Cms.Modules.Notices.Models;

/// <summary>A notice as the public pages show it.</summary>
/// <param name="Link">The public page of an item that is not a notice (a feed type of a chapter), else the notice's page.</param>
public sealed record NoticeSummary(ContentItem Item, string Kind, string? Department, DateOnly? PublishDate, PublicityState? Publicity,
    string? Link = null)
{
    public string Url => Link ?? NoticeType.PublicUrl(Item.ContentItemId);
}

public sealed class NoticeListViewModel
{
    public required PagedResult<ContentItem> Result { get; init; }
    public required IReadOnlyList<NoticeSummary> Notices { get; init; }
    public required IReadOnlyList<Department> Departments { get; init; }
    public required IReadOnlyList<int> Years { get; init; }
    public string? Kind { get; init; }
    public int? DepartmentId { get; init; }
    public int? Year { get; init; }
}

public sealed class NoticeDetailViewModel
{
    public required NoticeSummary Notice { get; init; }
    public required string BodyHtml { get; init; }
    public required IReadOnlyList<StoredFile> Attachments { get; init; }
    public string? ObjectionPhone { get; init; }
    public string? ObjectionAddress { get; init; }
}
