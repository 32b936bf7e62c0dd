// Archive package build at scale (not a test).
//
//   dotnet run -c Release --project bench/Jingyuan.Cms.Bench.Archive -- [--records 100000]
//
// Starts the site in this process on a fresh SQLite data folder (Production environment), seeds approved
// 产业项目 records of 2023 (first N/10, then up to N), and for each size queues a year package and lets the
// background job build it, sampling the process's working set and the GC heap every 20 ms. Prints, per size:
// build time, items/s, package size, peak working set and peak GC heap above the pre-build baseline, and the
// ratios of the large run to the small one (flat memory: a memory ratio near 1 while the items grow 10×).
using System.Diagnostics;
using System.Globalization;
using Jingyuan.Cms.Archive;
using Jingyuan.Cms.Bench.Import;
using Jingyuan.Cms.Content;
using Jingyuan.Cms.Data;
using Jingyuan.Cms.Departments;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jingyuan.Cms.Bench.Archive;

public static class ArchiveBench
{
    private const int Year = 2023;

    public static async Task<int> Main(string[] args)
    {
        var records = Option(args, "--records", 100_000);
        Directory.SetCurrentDirectory(AppContext.BaseDirectory);
        var dataFolder = Path.Combine(Path.GetTempPath(), "jingyuan-bench-archive", Guid.NewGuid().ToString("n"));
        Directory.CreateDirectory(dataFolder);
        try
        {
            await using var site = new BenchSite(dataFolder);
            _ = site.Services; // starts the site: migrations, seed, the archive worker
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"泾源县 CMS archive benchmark: {records / 10:N0} then {records:N0} approved records, SQLite in {dataFolder}, {Environment.ProcessorCount} cores, server GC {System.Runtime.GCSettings.IsServerGC}"));
            var template = await TemplateAsync(site);
            var seeded = 0;
            var results = new List<Run>();
            foreach (var size in new[] { records / 10, records })
            {
                var seeding = Stopwatch.StartNew();
                await SeedAsync(site, template, size - seeded);
                seeded = size;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  seeded {size:N0} records in {seeding.Elapsed.TotalSeconds:0.0} s"));
                var run = await BuildAsync(site, size);
                results.Add(run);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  {run.Items,7:N0} items: {run.Time.TotalSeconds,7:0.0} s, {run.Items / run.Time.TotalSeconds,6:0} items/s, package {run.Bytes / 1048576.0:0.0} MB, " +
                    $"peak working set +{run.WorkingSet / 1048576.0:0} MB (baseline {run.Baseline / 1048576.0:0} MB), peak GC heap +{run.Heap / 1048576.0:0} MB, status {run.Status}"));
            }
            var (small, large) = (results[0], results[1]);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  ratio {large.Items / (double)small.Items:0.0}× items: time {large.Time / small.Time:0.00}×, peak working set {Ratio(large.WorkingSet, small.WorkingSet):0.00}×, peak GC heap {Ratio(large.Heap, small.Heap):0.00}×"));
            return results.All(r => r.Status == ArchivePackageStatus.Succeeded) ? 0 : 1;
        }
        finally
        {
            try { Directory.Delete(dataFolder, recursive: true); } catch (IOException) { }
        }
    }

    private sealed record Run(int Items, TimeSpan Time, long Bytes, long Baseline, long WorkingSet, long Heap, ArchivePackageStatus Status);

    /// <summary>One record saved through the content engine, cloned below: the same columns and JSON a real one has.</summary>
    private static async Task<ContentItemRecord> TemplateAsync(BenchSite site)
    {
        using var scope = site.Services.CreateScope();
        var contents = scope.ServiceProvider.GetRequiredService<IContentManager>();
        var item = await contents.NewAsync("IndustryProject");
        item.DisplayText = "香水镇肉牛养殖园区扩建";
        item.Year = Year;
        item.Set("Industry", "肉牛").Set("Township", "香水镇").Set("Stage", "在建").Set("NewCattle", 120m);
        var saved = await contents.SaveDraftAsync(item, null);
        var db = scope.ServiceProvider.GetRequiredService<CmsDbContext>();
        var record = await db.Set<ContentItemRecord>().AsNoTracking().FirstAsync(r => r.ContentItemId == saved.ContentItemId);
        var unit = (await scope.ServiceProvider.GetRequiredService<IDepartmentStore>().ListAsync())[0].Id;
        return new ContentItemRecord { ContentType = record.ContentType, DataJson = record.DataJson, DepartmentId = unit };
    }

    private static async Task SeedAsync(BenchSite site, ContentItemRecord template, int count)
    {
        const int batch = 5000;
        var now = DateTime.UtcNow;
        for (var done = 0; done < count; done += batch)
        {
            using var scope = site.Services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<CmsDbContext>();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            for (var i = 0; i < Math.Min(batch, count - done); i++)
                db.Add(new ContentItemRecord
                {
                    ContentItemId = Guid.NewGuid().ToString("n"), Number = 1, ContentType = template.ContentType,
                    Status = ContentStatus.Published, Latest = true, Published = true, DisplayText = $"园子村肉牛养殖项目第{done + i + 1}号",
                    DepartmentId = template.DepartmentId, Year = Year, Owner = "bench", ModifiedBy = "bench",
                    CreatedUtc = now, ModifiedUtc = now, PublishedUtc = now, ConcurrencyStamp = Guid.NewGuid().ToString("n"),
                    DataJson = template.DataJson,
                });
            await db.SaveChangesAsync();
        }
    }

    private static async Task<Run> BuildAsync(BenchSite site, int size)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var process = Process.GetCurrentProcess();
        process.Refresh();
        var baseline = process.WorkingSet64;
        var heapBaseline = GC.GetTotalMemory(forceFullCollection: true);
        var id = "bench" + size.ToString(CultureInfo.InvariantCulture);
        using (var scope = site.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CmsDbContext>();
            db.Add(new ArchivePackageRecord
            {
                Id = id, Year = Year, ScopeLabel = $"{Year}年度", Status = ArchivePackageStatus.Queued,
                RequestedBy = "bench", RequestedUtc = DateTime.UtcNow,
            });
            await db.SaveChangesAsync();
            scope.ServiceProvider.GetRequiredService<ArchiveBuildSignal>().Wake();
        }
        var clock = Stopwatch.StartNew();
        long peak = baseline, heapPeak = heapBaseline;
        ArchivePackageRecord package;
        var lastPoll = TimeSpan.Zero;
        while (true)
        {
            await Task.Delay(20);
            process.Refresh();
            peak = Math.Max(peak, process.WorkingSet64);
            heapPeak = Math.Max(heapPeak, GC.GetTotalMemory(false));
            if (clock.Elapsed - lastPoll < TimeSpan.FromMilliseconds(500)) continue;
            lastPoll = clock.Elapsed;
            using var scope = site.Services.CreateScope();
            package = await scope.ServiceProvider.GetRequiredService<CmsDbContext>().Set<ArchivePackageRecord>().AsNoTracking().FirstAsync(p => p.Id == id);
            if (package.Status is ArchivePackageStatus.Succeeded or ArchivePackageStatus.Failed) break;
        }
        return new Run(package.ItemsTotal, clock.Elapsed, package.Length, baseline, peak - baseline, heapPeak - heapBaseline, package.Status);
    }

    private static double Ratio(long large, long small) => small <= 0 ? double.NaN : large / (double)small;

    private static int Option(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out var v) && v > 0 ? v : fallback;
    }
}
