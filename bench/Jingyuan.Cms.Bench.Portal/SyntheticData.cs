using System.Text.Json.Nodes;
using Jingyuan.Cms.Content;
using Jingyuan.Cms.Data;
using Jingyuan.Cms.Plan;
using Jingyuan.Cms.Progress;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jingyuan.Cms.Bench.Portal;

/// <summary>
/// Multiplies the seeded data: for every target of 2023 (a task's, or a chapter's through the chapter's
/// first task) and every quarter, <c>scale</c> approved progress reports from one of the task's units;
/// and <c>scale − 1</c> copies of every resettlement site, each with a 包抓 leader for 2023.
/// </summary>
public static class SyntheticData
{
    public sealed record Added(int Reports, int Sites);

    public static async Task<Added> AddAsync(BenchSite site, int scale)
    {
        var lines = await site.WithServicesAsync(async sp =>
        {
            var plan = await sp.GetRequiredService<IPlanStore>().GetYearAsync(2023) ?? throw new InvalidOperationException("no 2023 plan");
            var list = new List<(PlanTask Task, PlanTarget Target, int Department)>();
            foreach (var chapter in plan.Chapters)
            {
                foreach (var task in chapter.Tasks)
                {
                    var units = task.LeadUnitIds.Concat(task.ResponsibleUnitIds).ToList();
                    if (units.Count == 0) continue;
                    foreach (var target in task.Targets) list.Add((task, target, units[0]));
                }
                if (chapter.Tasks.FirstOrDefault(t => t.LeadUnitIds.Count > 0) is { } first)
                {
                    foreach (var target in chapter.Targets) list.Add((first, target, first.LeadUnitIds[0]));
                }
            }
            return list;
        });

        // Copy 1 goes through the content manager (validation, handlers, audit), exactly as the reporting form files
        // and the reviewer approves. Copies 2..N are the same published rows inserted in bulk: the same shape in
        // ContentItems and ContentFieldIndex, without N × 220 transactions (handlers such as search indexing are skipped).
        var first = await site.WithServicesAsync(async sp =>
        {
            var db = sp.GetRequiredService<CmsDbContext>();
            var contents = sp.GetRequiredService<IContentManager>();
            return await db.InTransactionAsync(async () =>
            {
                var ids = new List<string>();
                foreach (var (task, target, department) in lines)
                {
                    for (var quarter = 1; quarter <= 4; quarter++)
                    {
                        var item = await contents.NewAsync(ProgressReportType.Name);
                        item.Year = 2023;
                        item.DepartmentId = department;
                        // Cumulative figures growing through the year.
                        var value = Math.Round(target.TargetValue * quarter / 4m * 0.8m, 2);
                        item.Set(ProgressReportType.TaskId, JsonValue.Create((decimal)task.Id))
                            .Set(ProgressReportType.TargetId, JsonValue.Create((decimal)target.Id))
                            .Set(ProgressReportType.Period, JsonValue.Create($"2023-Q{quarter}"))
                            .Set(ProgressReportType.Value, JsonValue.Create(value))
                            .Set(ProgressReportType.Narrative, JsonValue.Create($"第{quarter}季度进展（合成数据）。"));
                        var draft = await contents.SaveDraftAsync(item, null);
                        await contents.SubmitAsync(draft.ContentItemId);
                        ids.Add((await contents.PublishAsync(draft.ContentItemId)).ContentItemId);
                    }
                }
                return ids;
            });
        });

        var reports = first.Count;
        for (var from = 2; from <= scale; from += 10)
        {
            var to = Math.Min(scale, from + 9);
            reports += await site.WithServicesAsync(async sp =>
            {
                var db = sp.GetRequiredService<CmsDbContext>();
                var originals = await db.Set<ContentItemRecord>().AsNoTracking().Include(r => r.FieldIndex)
                    .Where(r => first.Contains(r.ContentItemId) && r.Published).ToListAsync();
                var n = 0;
                for (var copy = from; copy <= to; copy++)
                {
                    foreach (var o in originals)
                    {
                        db.Add(new ContentItemRecord
                        {
                            ContentItemId = Guid.NewGuid().ToString("n"), Number = o.Number, ContentType = o.ContentType,
                            Status = o.Status, Latest = true, Published = true, DisplayText = o.DisplayText,
                            DepartmentId = o.DepartmentId, Year = o.Year, Owner = o.Owner, ModifiedBy = o.ModifiedBy,
                            CreatedUtc = o.CreatedUtc.AddSeconds(copy), ModifiedUtc = o.ModifiedUtc.AddSeconds(copy),
                            PublishedUtc = o.PublishedUtc?.AddSeconds(copy), ConcurrencyStamp = Guid.NewGuid().ToString("n"),
                            DataJson = o.DataJson,
                            FieldIndex = o.FieldIndex.Select(f => new ContentFieldIndexRecord
                            {
                                FieldName = f.FieldName, TextValue = f.TextValue, NumberValue = f.NumberValue, DateValue = f.DateValue,
                            }).ToList(),
                        });
                        n++;
                    }
                }
                await db.SaveChangesAsync();
                return n;
            });
            Console.WriteLine($"  … {reports} reports");
        }
        // The bulk rows bypassed the content handlers: drop what the portal cached.
        site.Services.GetRequiredService<Jingyuan.Cms.Web.Portal.PortalCache>().Invalidate();

        var sites = await site.WithServicesAsync(async sp =>
        {
            var db = sp.GetRequiredService<CmsDbContext>();
            var seeded = await sp.GetRequiredService<IPlanStore>().ListSitesAsync();
            var copies = new List<ResettlementSite>();
            for (var copy = 2; copy <= scale; copy++)
            {
                foreach (var s in seeded)
                {
                    copies.Add(new ResettlementSite
                    {
                        Name = $"{s.Name}{copy}组", Township = s.Township, Village = $"{s.Village}{copy}组", Kind = s.Kind,
                        Leaders = [new SiteLeader { Year = 2023, Name = $"县级领导{copy}", Position = "副县长" }],
                    });
                }
            }
            db.AddRange(copies);
            await db.SaveChangesAsync();
            return copies.Count;
        });
        return new Added(reports, sites);
    }
}
