// Excel import under load (not a test).
//
//   dotnet run -c Release --project bench/Jingyuan.Cms.Bench.Import -- [--rows N] [--save-every-ms N]
//
// Starts the site in this process on a fresh SQLite data folder (Production environment), defines a
// small ledger type, builds an N-row workbook (default 5,000) and imports it through the same
// importer the admin page uses, while a second "user" saves a draft every --save-every-ms (default 50).
// Prints: the streaming pre-check, parse + validation time (no lock), the write transaction's time
// (the time the write lock was held), the total, and the concurrent saves' latency and failures.
using System.Diagnostics;
using System.Globalization;
using ClosedXML.Excel;
using Jingyuan.Cms.Content;
using Jingyuan.Cms.Spreadsheets;
using Microsoft.Extensions.DependencyInjection;

namespace Jingyuan.Cms.Bench.Import;

public static class ImportBench
{
    private const string Type = "BenchLedger";

    public static async Task<int> Main(string[] args)
    {
        var rows = Option(args, "--rows", 5000);
        var saveEvery = Option(args, "--save-every-ms", 50);
        Directory.SetCurrentDirectory(AppContext.BaseDirectory);
        var dataFolder = Path.Combine(Path.GetTempPath(), "jingyuan-bench-import", Guid.NewGuid().ToString("n"));
        Directory.CreateDirectory(dataFolder);
        try
        {
            await using var site = new BenchSite(dataFolder);
            _ = site.Services; // starts the site: migrations, seed
            await WithScopeAsync(site, DefineTypeAsync);
            var file = Workbook(rows);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"泾源县 CMS import benchmark: {rows} rows ({file.Length / 1024} KB .xlsx), SQLite in {dataFolder}"));

            var check = Stopwatch.StartNew();
            var shape = ContentSpreadsheetImporter.Inspect(file);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  streaming pre-check: {shape.DataRows} data rows in {check.Elapsed.TotalMilliseconds:0} ms"));
            var huge = Workbook(rows * 4);
            check.Restart();
            var refused = ContentSpreadsheetImporter.Inspect(huge);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {rows * 4}-row workbook {(refused.Error is null ? "accepted" : "refused")} by the pre-check in {check.Elapsed.TotalMilliseconds:0} ms after reading {refused.RowsRead} rows {refused.Error?.Message}"));

            // A warm-up import of a few rows, so the JIT and EF's model are not in the figures.
            await ImportAsync(site, Workbook(20), new Timings());

            var timings = new Timings();
            using var stop = new CancellationTokenSource();
            var saves = SaveLoopAsync(site, TimeSpan.FromMilliseconds(saveEvery), stop.Token);
            var total = Stopwatch.StartNew();
            var result = await ImportAsync(site, file, timings);
            var totalTime = total.Elapsed;
            timings.Committed = totalTime;
            await stop.CancelAsync();
            var (latencies, failures, duringLock) = await saves;

            if (!result.Succeeded) Console.WriteLine("  import refused: " + string.Join("; ", result.Errors.Take(5)));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  imported {result.Imported} rows"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  parse + validation (no lock held): {timings.Writing.TotalSeconds:0.00} s"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  write transaction (write lock held): {(timings.Committed - timings.Writing).TotalSeconds:0.00} s"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  total: {totalTime.TotalSeconds:0.00} s"));
            latencies.Sort();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  concurrent saves: {latencies.Count} ok, {failures} failed; latency p50 {Percentile(latencies, 0.5):0} ms, p95 {Percentile(latencies, 0.95):0} ms, max {(latencies.Count == 0 ? 0 : latencies[^1]):0} ms; {duringLock} of them waited on the import's write lock"));
            return result.Succeeded && failures == 0 ? 0 : 1;
        }
        finally
        {
            try { Directory.Delete(dataFolder, recursive: true); } catch (IOException) { }
        }
    }

    private sealed class Timings : ISpreadsheetImportProgress
    {
        private readonly Stopwatch clock = Stopwatch.StartNew();
        public TimeSpan Writing { get; private set; }
        public TimeSpan Committed { get; set; }
        public bool InWrite { get; private set; }
        public Task ValidatedAsync(int rows, int total) => Task.CompletedTask;
        public Task WritingAsync()
        {
            Writing = clock.Elapsed;
            InWrite = true;
            return Task.CompletedTask;
        }
    }

    private static Timings? current;

    private static async Task<SpreadsheetImportResult> ImportAsync(BenchSite site, byte[] file, Timings timings)
    {
        current = timings;
        return await WithScopeAsync(site, async sp =>
        {
            var type = (await sp.GetRequiredService<IContentDefinitionManager>().GetTypeAsync(Type))!;
            return await sp.GetRequiredService<ContentSpreadsheetImporter>().ImportAsync(type, file, null, submit: true, timings);
        });
    }

    /// <summary>Another user's saves while the import runs: one draft after another, each timed.</summary>
    private static async Task<(List<double> Latencies, int Failures, int DuringLock)> SaveLoopAsync(BenchSite site, TimeSpan every, CancellationToken stop)
    {
        var latencies = new List<double>();
        var failures = 0;
        var duringLock = 0;
        while (!stop.IsCancellationRequested)
        {
            var inWrite = current is { InWrite: true, Committed.Ticks: 0 };
            var started = Stopwatch.GetTimestamp();
            try
            {
                await WithScopeAsync(site, async sp =>
                {
                    var contents = sp.GetRequiredService<IContentManager>();
                    var item = await contents.NewAsync(Type);
                    item.DisplayText = "并发保存";
                    item.Year = 2023;
                    item.Set("Head", 1m).Set("Stage", "在建");
                    return await contents.SaveDraftAsync(item, null);
                });
                latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                if (inWrite) duringLock++;
            }
            catch (Exception e) when (Data.DatabaseBusy.Is(e))
            {
                failures++;
            }
            try { await Task.Delay(every, stop); } catch (OperationCanceledException) { break; }
        }
        return (latencies, failures, duringLock);
    }

    private static Task DefineTypeAsync(IServiceProvider sp) => DefineAsync(sp.GetRequiredService<IContentDefinitionManager>());

    private static async Task DefineAsync(IContentDefinitionManager definitions)
    {
        await definitions.SavePartAsync(new ContentPartDefinition
        {
            Name = Type,
            Fields =
            [
                new() { Name = "Head", Label = "头数", Kind = FieldKind.Number, Required = true, Order = 1,
                        Settings = new FieldSettings { Unit = "头", Min = 0, Max = 100000, Indexed = true } },
                new() { Name = "Stage", Label = "阶段", Kind = FieldKind.Choice, Order = 2,
                        Settings = new FieldSettings { Options = ["计划", "在建", "完工"], Indexed = true } },
                new() { Name = "Note", Label = "备注", Kind = FieldKind.LongText, Order = 3 },
            ],
        });
        await definitions.SaveTypeAsync(new ContentTypeDefinition { Name = Type, DisplayName = "基准台账", Parts = [Type] });
    }

    private static byte[] Workbook(int rows)
    {
        using var book = new XLWorkbook();
        var sheet = book.AddWorksheet("基准台账");
        string[] header = ["*标题", "年度", "*头数（头）", "阶段", "备注"];
        for (var c = 0; c < header.Length; c++) sheet.Cell(1, c + 1).SetValue(header[c]);
        for (var r = 2; r <= rows + 1; r++)
        {
            sheet.Cell(r, 1).SetValue($"园子村肉牛养殖户第{r - 1}户");
            sheet.Cell(r, 2).SetValue(2023);
            sheet.Cell(r, 3).SetValue(r % 300);
            sheet.Cell(r, 4).SetValue(r % 3 == 0 ? "完工" : "在建");
            sheet.Cell(r, 5).SetValue("出户入园，统一防疫");
        }
        using var stream = new MemoryStream();
        book.SaveAs(stream);
        return stream.ToArray();
    }

    private static async Task<T> WithScopeAsync<T>(BenchSite site, Func<IServiceProvider, Task<T>> work)
    {
        using var scope = site.Services.CreateScope();
        return await work(scope.ServiceProvider);
    }

    private static Task WithScopeAsync(BenchSite site, Func<IServiceProvider, Task> work) =>
        WithScopeAsync(site, async sp => { await work(sp); return true; });

    private static int Option(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out var v) && v > 0 ? v : fallback;
    }

    private static double Percentile(List<double> sorted, double p) =>
        sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
}
