using Jingyuan.Cms.Content;
using Jingyuan.Cms.Departments;
using Jingyuan.Cms.Modules.Notices.Models;
using Jingyuan.Cms.Time;

namespace Jingyuan.Cms.Modules.Notices.Services;

/// <summary>Turns notices into what the public pages show: kind, issuing unit's name, 发布日期, 公示 state.</summary>
public sealed class NoticeSummaries(IDepartmentStore departments, NoticeStatusService status)
{
    /// <summary>A page of notices; the (short) department list is read once for all of them.</summary>
    public async Task<IReadOnlyList<NoticeSummary>> DescribeAsync(IEnumerable<ContentItem> items) =>
        Describe(items, await departments.ListAsync());

    public IReadOnlyList<NoticeSummary> Describe(IEnumerable<ContentItem> items, IEnumerable<Department> all)
    {
        var names = all.ToDictionary(d => d.Id, d => d.Name);
        return items.Select(i => Describe(i, names)).ToList();
    }

    public async Task<NoticeSummary> DescribeAsync(ContentItem item)
    {
        var department = item.GetInt(NoticeType.IssuingDepartment) is { } id ? await departments.GetAsync(id) : null;
        return Describe(item, department is null ? new Dictionary<int, string>() : new() { [department.Id] = department.Name });
    }

    private NoticeSummary Describe(ContentItem item, IReadOnlyDictionary<int, string> names) => new(
        item,
        item.GetText(NoticeType.Kind) ?? "",
        item.GetInt(NoticeType.IssuingDepartment) is { } id ? names.GetValueOrDefault(id) : null,
        // Notices saved before 发布日期 was filled in show the day they were published.
        item.GetDate(NoticeType.PublishDate)
            ?? (item.PublishedUtc is { } utc ? ChinaTime.DateOf(utc) : null),
        status.For(item));
}
