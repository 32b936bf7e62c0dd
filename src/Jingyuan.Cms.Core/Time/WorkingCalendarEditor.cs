using System.Globalization;
using Jingyuan.Cms.Audit;
using Jingyuan.Cms.Data;
using Jingyuan.Cms.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace Jingyuan.Cms.Time;

/// <summary>Maintains the holiday calendar: every change is audited and drops the cached calendar.</summary>
public sealed class WorkingCalendarEditor(CmsDbContext db, IMemoryCache cache, IAuditTrail audit, ICurrentUser user, TimeProvider clock)
{
    private DbSet<SpecialDayRecord> Days => db.Set<SpecialDayRecord>();

    public async Task<IReadOnlyList<SpecialDay>> ListAsync(int year) =>
        (await Days.AsNoTracking()
            .Where(d => d.Date >= new DateOnly(year, 1, 1) && d.Date <= new DateOnly(year, 12, 31))
            .OrderBy(d => d.Date).ToListAsync())
        .Select(d => new SpecialDay(d.Date, d.Kind, d.Name)).ToList();

    /// <summary>Adds or replaces the day; null when done, else why not.</summary>
    public async Task<string?> SetAsync(SpecialDay day)
    {
        var name = day.Name.Trim();
        if (name.Length is 0 or > 50) return "名称必填，且不超过50个字符";
        await UpsertAsync(day with { Name = name });
        await db.SaveChangesAsync();
        await ChangedAsync($"节假日安排：{Describe(day with { Name = name })}");
        return null;
    }

    public async Task<bool> DeleteAsync(DateOnly date)
    {
        if (await Days.FindAsync(date) is not { } row) return false;
        Days.Remove(row);
        await db.SaveChangesAsync();
        await ChangedAsync($"删除节假日安排：{Describe(new SpecialDay(row.Date, row.Kind, row.Name))}");
        return true;
    }

    /// <summary>Imports pasted lines (see <see cref="SpecialDayListParser"/>): all or nothing; the errors name the lines.</summary>
    public async Task<(int Count, IReadOnlyList<string> Errors)> ImportAsync(string? text)
    {
        var (days, errors) = SpecialDayListParser.Parse(text);
        if (errors.Count > 0) return (0, errors);
        foreach (var day in days) await UpsertAsync(day);
        await db.SaveChangesAsync();
        await ChangedAsync($"导入节假日安排 {days.Count} 天（{days.Min(d => d.Date):yyyy-MM-dd} 至 {days.Max(d => d.Date):yyyy-MM-dd}）");
        return (days.Count, []);
    }

    private async Task UpsertAsync(SpecialDay day)
    {
        var row = await Days.FindAsync(day.Date);
        if (row is null) Days.Add(row = new SpecialDayRecord { Date = day.Date });
        row.Kind = day.Kind;
        row.Name = day.Name;
        row.ChangedBy = user.UserName;
        row.ChangedUtc = clock.GetUtcNow().UtcDateTime;
    }

    private async Task ChangedAsync(string summary)
    {
        cache.Remove(WorkingCalendar.CacheKey);
        await audit.RecordAsync(new AuditEntry(AuditEvents.WorkingCalendarChanged, summary));
    }

    private static string Describe(SpecialDay day) =>
        string.Create(CultureInfo.InvariantCulture, $"{day.Date:yyyy-MM-dd} {day.Name}（{(day.Kind == SpecialDayKind.Holiday ? "放假" : "上班")}）");
}
