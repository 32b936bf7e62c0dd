// Throughput of the public portal pages (not a test).
//
//   dotnet run -c Release --project bench/Jingyuan.Cms.Bench.Portal -- [options]
//
//   --seconds N    measuring time per URL and run (default 10)
//   --warmup N     warm-up seconds per URL before measuring (default 5)
//   --jit-warmup N once per process, before anything is measured: seconds per URL (default 15)
//   --workers N    concurrent HttpClient workers (default 4)
//   --scale N      multiply the seeded data by N for the second half (default 100)
//   --cached-only  skip the runs with the portal cache turned off
//   --keep         keep the temporary data folder (printed) instead of deleting it
//
// The site runs in this process on a loopback Kestrel port (WebApplicationFactory.UseKestrel) with a
// fresh SQLite data folder, in the Production environment. Runs, in order:
//   1. the 2023 seed, portal cache on (Portal:CacheSeconds = 30, the default)
//   2. the 2023 seed, portal cache off (Portal:CacheSeconds = 0): every request recomputes the figures
//   3. the seed plus N× synthetic data — approved progress reports for every target and quarter, N times
//      over, and N× the resettlement sites — cache on
//   4. the same data, cache off
// and prints requests per second and latencies for "/" and "/plan/2023/tasks/2".
using System.Diagnostics;
using System.Globalization;

namespace Jingyuan.Cms.Bench.Portal;

// Not top-level statements: those would make a second "Program" class and hide the site's.
public static class BenchProgram
{
    public static async Task<int> Main(string[] args)
    {
        var options = BenchOptions.Parse(args);
        // WebApplicationFactory finds the site's content root through MvcTestingAppManifest.json in the current folder.
        Directory.SetCurrentDirectory(AppContext.BaseDirectory);
        var dataFolder = Path.Combine(Path.GetTempPath(), "jingyuan-bench", Guid.NewGuid().ToString("n"));
        Directory.CreateDirectory(dataFolder);
        string[] urls = ["/", "/plan/2023/tasks/2"];
        var results = new List<BenchResult>();
        var parts = new List<string>();

        Console.WriteLine($"泾源县移民致富提升行动 portal benchmark: {options.Workers} workers × {options.Seconds} s per URL after {options.Warmup} s warm-up; " +
                          $"in-process Kestrel on loopback, SQLite in {dataFolder}");
        try
        {
            var total = Stopwatch.StartNew();
            await using (var site = await BenchSite.StartAsync(dataFolder, cacheSeconds: 30))
            {
                var seed = Stopwatch.StartNew();
                Console.WriteLine($"site listening on {site.BaseUrl}");
                await site.SeedPlanAsync();
                Console.WriteLine($"seeded the 2023 plan in {seed.Elapsed.TotalSeconds:0.0} s; {await site.DescribeDataAsync()}");
                Console.WriteLine($"warming up the process for {options.ProcessWarmup} s per URL …");
                await site.WarmUpProcessAsync(urls, options);
                results.AddRange(await site.MeasureAsync("1× (seed)", urls, options));
            }
            if (!options.CachedOnly)
            {
                await using var site = await BenchSite.StartAsync(dataFolder, cacheSeconds: 0);
                results.AddRange(await site.MeasureAsync("1× (seed)", urls, options));
            }
            await using (var site = await BenchSite.StartAsync(dataFolder, cacheSeconds: 30))
            {
                var add = Stopwatch.StartNew();
                var added = await SyntheticData.AddAsync(site, options.Scale);
                Console.WriteLine($"added {added.Reports} approved progress reports and {added.Sites} sites in {add.Elapsed.TotalSeconds:0.0} s; " +
                                  $"{await site.DescribeDataAsync()}");
                results.AddRange(await site.MeasureAsync($"{options.Scale}× data", urls, options));
            }
            if (!options.CachedOnly)
            {
                await using var site = await BenchSite.StartAsync(dataFolder, cacheSeconds: 0);
                results.AddRange(await site.MeasureAsync($"{options.Scale}× data", urls, options));
                foreach (var (part, ms) in await site.TimePartsAsync())
                    parts.Add(string.Create(CultureInfo.InvariantCulture, $"{part,-48} {ms,9:0.0} ms"));
            }

            Console.WriteLine();
            Console.WriteLine($"{"data",-14} {"cache",-8} {"url",-22} {"req/s",9} {"p50 ms",8} {"p95 ms",8} {"requests",9} {"errors",7}");
            foreach (var r in results)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{r.Data,-14} {r.Cache,-8} {r.Url,-22} {r.RequestsPerSecond,9:0.0} {r.P50,8:0.0} {r.P95,8:0.0} {r.Requests,9} {r.Errors,7}"));
            }
            if (parts.Count > 0)
            {
                Console.WriteLine();
                Console.WriteLine($"uncached parts at {options.Scale}× data (median of 7):");
                parts.ForEach(Console.WriteLine);
            }
            Console.WriteLine($"total time {total.Elapsed.TotalSeconds:0} s");
            return results.Any(r => r.Errors > 0) ? 1 : 0;
        }
        finally
        {
            if (options.Keep)
            {
                Console.WriteLine($"data kept in {dataFolder}");
            }
            else
            {
                try { Directory.Delete(dataFolder, recursive: true); } catch (IOException) { }
            }
        }
    }
}
