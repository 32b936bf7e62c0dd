using System.Diagnostics;
using System.Globalization;
using System.Net;
using Jingyuan.Cms.Content;
using Jingyuan.Cms.Plan;
using Jingyuan.Cms.Progress;
using Jingyuan.Cms.Recipes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Jingyuan.Cms.Bench.Portal;

public sealed record BenchOptions(int Seconds, int Warmup, int ProcessWarmup, int Workers, int Scale, bool CachedOnly, bool Keep)
{
    public static BenchOptions Parse(string[] args)
    {
        int Int(string name, int fallback)
        {
            var i = Array.IndexOf(args, name);
            return i >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out var v) && v > 0 ? v : fallback;
        }
        return new BenchOptions(Int("--seconds", 10), Int("--warmup", 5), Int("--jit-warmup", 15), Int("--workers", 4), Int("--scale", 100),
            args.Contains("--cached-only"), args.Contains("--keep"));
    }
}

public sealed record BenchResult(string Data, string Cache, string Url, int Requests, int Errors, double RequestsPerSecond, double P50, double P95);

/// <summary>The whole site in this process, on a loopback Kestrel port, on the given data folder.</summary>
public sealed class BenchSite : WebApplicationFactory<Program>
{
    private readonly string dataFolder;
    private readonly int cacheSeconds;

    private BenchSite(string dataFolder, int cacheSeconds)
    {
        this.dataFolder = dataFolder;
        this.cacheSeconds = cacheSeconds;
    }

    public string BaseUrl { get; private set; } = "";

    public string CacheLabel => cacheSeconds > 0 ? $"{cacheSeconds} s" : "off";

    public static Task<BenchSite> StartAsync(string dataFolder, int cacheSeconds)
    {
        var site = new BenchSite(dataFolder, cacheSeconds);
        site.UseKestrel(0);
        site.StartServer();
        var addresses = site.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        site.BaseUrl = addresses.First();
        return Task.FromResult(site);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("DataFolder", dataFolder);
        builder.UseSetting("Admin:Password", "Bench-Root-2023!");
        builder.UseSetting("ConnectionStrings:Postgres", "");
        builder.UseSetting("Portal:CacheSeconds", cacheSeconds.ToString(CultureInfo.InvariantCulture));
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Logging:LogLevel:Microsoft.AspNetCore", "Error");
        builder.UseSetting("Logging:LogLevel:Microsoft.EntityFrameworkCore", "Error");
    }

    public async Task<T> WithServicesAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        using var scope = Services.CreateScope();
        return await work(scope.ServiceProvider);
    }

    /// <summary>Imports seeds/plan-2023.recipe.json unless the site seeded it on start.</summary>
    public Task SeedPlanAsync() => WithServicesAsync(async sp =>
    {
        if (await sp.GetRequiredService<IPlanStore>().GetYearAsync(2023) is not null) return true;
        var result = await sp.GetRequiredService<RecipeImporter>().ImportFileAsync(SeedFile());
        if (!result.Succeeded) throw new InvalidOperationException(string.Join("\n", result.Errors));
        return true;
    });

    public Task<string> DescribeDataAsync() => WithServicesAsync(async sp =>
    {
        var contents = sp.GetRequiredService<IContentManager>();
        var plan = await sp.GetRequiredService<IPlanStore>().GetYearAsync(2023);
        var task2 = plan!.Chapters.SelectMany(c => c.Tasks).Single(t => t.Number == 2);
        var all = ContentQuery.PublishedOf(ProgressReportType.Name);
        all.PageSize = 1;
        var ofTask2 = ContentQuery.PublishedOf(ProgressReportType.Name).Where(ProgressReportType.TaskId, task2.Id.ToString(CultureInfo.InvariantCulture));
        ofTask2.PageSize = 1;
        var sites = await sp.GetRequiredService<IPlanStore>().ListSitesAsync();
        return $"data: {plan.Chapters.Sum(c => c.Tasks.Count)} tasks, {(await contents.QueryAsync(all)).Total} approved reports " +
               $"({(await contents.QueryAsync(ofTask2)).Total} on task 2), {sites.Count} sites";
    });

    /// <summary>
    /// Where an uncached page's time goes: the services behind the year overview and the report lists,
    /// each timed on its own (median of <paramref name="runs"/>, fresh scope per run).
    /// </summary>
    public async Task<IReadOnlyList<(string Part, double MedianMs)>> TimePartsAsync(int runs = 7)
    {
        var task2 = await WithServicesAsync(async sp =>
            (await sp.GetRequiredService<IPlanStore>().GetYearAsync(2023))!.Chapters.SelectMany(c => c.Tasks).Single(t => t.Number == 2).Id);
        var parts = new (string Name, Func<IServiceProvider, Task> Work)[]
        {
            ("latest approved report per target", sp => sp.GetRequiredService<LatestApprovedReports>().ForYearAsync(2023)),
            ("all targets' figures (reports + module rules)", sp => sp.GetRequiredService<ITargetProgressService>().ForYearAsync(2023)),
            ("plan of the year", sp => sp.GetRequiredService<IPlanStore>().GetYearAsync(2023)),
            ("resettlement sites", sp => sp.GetRequiredService<IPlanStore>().ListSitesAsync()),
            ("task 2's reports, first page", sp =>
            {
                var query = ContentQuery.PublishedOf(ProgressReportType.Name).Where(ProgressReportType.TaskId, task2.ToString(CultureInfo.InvariantCulture));
                query.SortBy = "published";
                query.Descending = true;
                query.PageSize = 20;
                return sp.GetRequiredService<IContentManager>().QueryAsync(query);
            }),
        };
        var result = new List<(string, double)>();
        foreach (var (name, work) in parts)
        {
            var times = new List<double>();
            for (var i = 0; i < runs; i++)
            {
                var watch = Stopwatch.StartNew();
                await WithServicesAsync(async sp => { await work(sp); return true; });
                times.Add(watch.Elapsed.TotalMilliseconds);
            }
            times.Sort();
            result.Add((name, times[times.Count / 2]));
        }
        return result;
    }

    /// <summary>
    /// Once per process, before anything is measured: the first site pays for compiling views and tiering up
    /// the JIT; later sites in this process reuse that code, so without this the first figures would be low.
    /// </summary>
    public async Task WarmUpProcessAsync(IEnumerable<string> urls, BenchOptions options)
    {
        using var client = new HttpClient { BaseAddress = new Uri(BaseUrl), Timeout = TimeSpan.FromSeconds(120) };
        foreach (var url in urls) await RunAsync(client, url, options.Workers, TimeSpan.FromSeconds(options.ProcessWarmup));
    }

    public async Task<IReadOnlyList<BenchResult>> MeasureAsync(string data, IEnumerable<string> urls, BenchOptions options)
    {
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = options.Workers, PooledConnectionLifetime = TimeSpan.FromMinutes(10) };
        using var client = new HttpClient(handler) { BaseAddress = new Uri(BaseUrl), Timeout = TimeSpan.FromSeconds(120) };
        var results = new List<BenchResult>();
        foreach (var url in urls)
        {
            // Warm-up, with the same concurrency: compiles views, tiers up the JIT, fills connection pools
            // and (with the cache on) the caches.
            await RunAsync(client, url, options.Workers, TimeSpan.FromSeconds(options.Warmup));
            var (latencies, errors, elapsed) = await RunAsync(client, url, options.Workers, TimeSpan.FromSeconds(options.Seconds));
            var result = new BenchResult(data, CacheLabel, url, latencies.Count, errors, latencies.Count / elapsed,
                Percentile(latencies, 0.50), Percentile(latencies, 0.95));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {data}, cache {CacheLabel}: GET {url} → {result.RequestsPerSecond:0.0} req/s (p50 {result.P50:0.0} ms, p95 {result.P95:0.0} ms, {result.Requests} requests, {errors} errors)"));
            results.Add(result);
        }
        return results;
    }

    /// <summary>Workers each send one request after another until the time is up (a request under way is finished).</summary>
    private static async Task<(List<double> Latencies, int Errors, double Seconds)> RunAsync(HttpClient client, string url, int workers, TimeSpan duration)
    {
        var latencies = new List<double>[workers];
        var errors = 0;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, workers).Select(w => Task.Run(async () =>
        {
            var mine = latencies[w] = [];
            while (clock.Elapsed < duration)
            {
                var started = Stopwatch.GetTimestamp();
                var ok = await GetAsync(client, url);
                mine.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                if (!ok) Interlocked.Increment(ref errors);
            }
        })));
        return (latencies.SelectMany(l => l).Order().ToList(), errors, clock.Elapsed.TotalSeconds);
    }

    private static async Task<bool> GetAsync(HttpClient client, string url)
    {
        try
        {
            using var response = await client.GetAsync(url);
            var body = await response.Content.ReadAsByteArrayAsync();
            return response.StatusCode == HttpStatusCode.OK && body.Length > 0;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }

    private static double Percentile(List<double> sorted, double p) =>
        sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];

    private static string SeedFile()
    {
        var copied = Path.Combine(AppContext.BaseDirectory, "seeds", "plan-2023.recipe.json");
        if (File.Exists(copied)) return copied;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "seeds", "plan-2023.recipe.json");
            if (File.Exists(candidate)) return candidate;
        }
        throw new FileNotFoundException("seeds/plan-2023.recipe.json not found above " + AppContext.BaseDirectory);
    }
}
