using Jingyuan.Cms.Content;
using Jingyuan.Cms.Data;
using Microsoft.EntityFrameworkCore;

namespace Jingyuan.Cms.Audit;

public sealed class AuditFilter
{
    public string? UserName { get; set; }
    public string? EventName { get; set; }
    public int? DepartmentId { get; set; }
    public string? ContentItemId { get; set; }
    public DateOnly? From { get; set; }
    public DateOnly? To { get; set; }
    public int Page { get; set; } = 1;
    public int PageSize { get; set; } = 50;
}

/// <summary>Reads the trail, filtered and paged in SQL. There is deliberately no write method here.</summary>
public sealed class AuditQuery(CmsDbContext db)
{
    public async Task<PagedResult<AuditEventRecord>> FindAsync(AuditFilter f)
    {
        var rows = Filtered(f);
        var page = Math.Max(1, f.Page);
        var total = await rows.CountAsync();
        var items = await rows.OrderByDescending(r => r.Id).Skip((page - 1) * f.PageSize).Take(f.PageSize).ToListAsync();
        return new PagedResult<AuditEventRecord>(items, total, page, f.PageSize);
    }

    /// <summary>Every matching entry in the order written, for an export.</summary>
    public IAsyncEnumerable<AuditEventRecord> StreamAsync(AuditFilter f) =>
        Filtered(f).OrderBy(r => r.Sequence).ThenBy(r => r.Id).AsAsyncEnumerable();

    public Task<int> CountAsync(AuditFilter f) => Filtered(f).CountAsync();

    private IQueryable<AuditEventRecord> Filtered(AuditFilter f)
    {
        var rows = db.Set<AuditEventRecord>().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(f.UserName)) rows = rows.Where(r => r.UserName == f.UserName.Trim());
        if (!string.IsNullOrWhiteSpace(f.EventName)) rows = rows.Where(r => r.EventName == f.EventName);
        if (f.DepartmentId is { } dept) rows = rows.Where(r => r.DepartmentId == dept);
        if (!string.IsNullOrWhiteSpace(f.ContentItemId)) rows = rows.Where(r => r.ContentItemId == f.ContentItemId.Trim());
        if (f.From is { } from) rows = rows.Where(r => r.OccurredUtc >= from.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc).AddHours(-8));
        if (f.To is { } to) rows = rows.Where(r => r.OccurredUtc < to.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc).AddHours(-8));
        return rows;
    }
}
