using Jingyuan.Cms.Web.Portal;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Jingyuan.Cms.Tests.Portal;

public sealed class PortalCacheTests
{
    private sealed record Box(int Value);

    private readonly FakeTimeProvider clock = new();

    private (PortalCache Cache, ServiceProvider Services) Create(int seconds)
    {
        var services = new ServiceCollection().BuildServiceProvider();
        var cache = new PortalCache(new MemoryCache(new MemoryCacheOptions()), Options.Create(new PortalOptions { CacheSeconds = seconds }),
            services.GetRequiredService<IServiceScopeFactory>(), clock, NullLogger<PortalCache>.Instance);
        return (cache, services);
    }

    [Fact]
    public async Task A_value_is_reused_until_invalidated()
    {
        var (cache, services) = Create(30);
        var calls = 0;
        Task<Box?> Load(IServiceProvider _) => Task.FromResult<Box?>(new Box(Interlocked.Increment(ref calls)));

        Assert.Equal(1, (await cache.GetOrCreateAsync("k", services, Load))!.Value);
        Assert.Equal(1, (await cache.GetOrCreateAsync("k", services, Load))!.Value);
        cache.Invalidate();
        Assert.Equal(2, (await cache.GetOrCreateAsync("k", services, Load))!.Value);
        Assert.Equal(2, calls);
    }

    [Fact]
    public async Task Nothing_is_cached_when_turned_off_or_when_the_result_is_null()
    {
        var (off, services) = Create(0);
        var calls = 0;
        Task<Box?> Load(IServiceProvider _) => Task.FromResult<Box?>(new Box(Interlocked.Increment(ref calls)));
        await off.GetOrCreateAsync("k", services, Load);
        await off.GetOrCreateAsync("k", services, Load);
        Assert.Equal(2, calls);

        var (on, _) = Create(30);
        var nulls = 0;
        Task<Box?> Missing(IServiceProvider _) { Interlocked.Increment(ref nulls); return Task.FromResult<Box?>(null); }
        await on.GetOrCreateAsync("k", services, Missing);
        await on.GetOrCreateAsync("k", services, Missing);
        Assert.Equal(2, nulls);
    }

    [Fact]
    public async Task Concurrent_misses_share_one_computation()
    {
        var (cache, services) = Create(30);
        var calls = 0;
        var gate = new TaskCompletionSource();
        async Task<Box?> Slow(IServiceProvider _)
        {
            Interlocked.Increment(ref calls);
            await gate.Task;
            return new Box(42);
        }

        var readers = Enumerable.Range(0, 8).Select(_ => cache.GetOrCreateAsync("k", services, Slow)).ToList();
        await Task.Delay(50, TestContext.Current.CancellationToken);
        gate.SetResult();
        var values = await Task.WhenAll(readers);

        Assert.Equal(1, calls);
        Assert.All(values, v => Assert.Equal(42, v!.Value));
    }

    [Fact]
    public async Task Work_begun_before_an_invalidation_is_neither_stored_nor_shared()
    {
        var (cache, services) = Create(30);
        var gate = new TaskCompletionSource();
        var calls = 0;
        async Task<Box?> Load(IServiceProvider _)
        {
            var n = Interlocked.Increment(ref calls);
            if (n == 1) await gate.Task; // the first read is slow: an approval lands meanwhile
            return new Box(n);
        }

        var early = cache.GetOrCreateAsync("k", services, Load);
        await Task.Delay(20, TestContext.Current.CancellationToken);
        cache.Invalidate();
        var late = await cache.GetOrCreateAsync("k", services, Load);
        gate.SetResult();

        Assert.Equal(1, (await early)!.Value);
        Assert.Equal(2, late!.Value);                                                // not the stale computation
        Assert.Equal(2, (await cache.GetOrCreateAsync("k", services, Load))!.Value); // nor was the stale one stored
    }

    [Fact]
    public async Task An_ageing_value_is_served_while_it_is_refreshed_and_never_past_its_lifetime()
    {
        var (cache, services) = Create(3);
        var calls = 0;
        var refresh = new TaskCompletionSource();
        async Task<Box?> Load(IServiceProvider _)
        {
            var n = Interlocked.Increment(ref calls);
            if (n == 2) await refresh.Task; // the background refresh takes its time
            return new Box(n);
        }

        Assert.Equal(1, (await cache.GetOrCreateAsync("k", services, Load))!.Value);
        clock.Advance(TimeSpan.FromSeconds(2.1)); // past two thirds of its 3 s
        var read = cache.GetOrCreateAsync("k", services, Load);
        Assert.True(read.IsCompleted, "a reader waited for the refresh");
        Assert.Equal(1, (await read)!.Value);                                        // served at once…
        refresh.SetResult();
        for (var i = 0; i < 100 && (await cache.GetOrCreateAsync("k", services, Load))!.Value != 2; i++)
            await Task.Delay(20, TestContext.Current.CancellationToken);
        Assert.Equal(2, (await cache.GetOrCreateAsync("k", services, Load))!.Value); // …and refreshed behind it
        Assert.Equal(2, calls);

        clock.Advance(TimeSpan.FromSeconds(3.2)); // nobody read it for longer than its lifetime
        Assert.Equal(3, (await cache.GetOrCreateAsync("k", services, Load))!.Value);
    }
}
