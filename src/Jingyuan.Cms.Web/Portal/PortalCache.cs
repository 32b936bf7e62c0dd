using System.Collections.Concurrent;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;

namespace Jingyuan.Cms.Web.Portal;

public sealed class PortalOptions
{
    /// <summary>
    /// How old a cached portal figure may get (the year overview with its lights and completion, the lists
    /// of years and sites, the approved reports shown): public pages are read far more often than reports
    /// are approved. Approving, withdrawing or deleting content clears the cache at once on this node
    /// (<see cref="PortalCacheInvalidator"/>); this bound covers what sends no such signal: plan edits in
    /// the admin and approvals made on another web node. Config: Portal:CacheSeconds (0 turns caching off).
    /// </summary>
    public int CacheSeconds { get; set; } = 30;
}

/// <summary>
/// The portal's cache (an <see cref="IMemoryCache"/> underneath):
/// <list type="bullet">
/// <item>no value is served more than <see cref="PortalOptions.CacheSeconds"/> after its computation began;</item>
/// <item><see cref="Invalidate"/> drops everything at once (a report approved or withdrawn), and work begun
/// before it is neither stored nor shared with requests that come after it;</item>
/// <item>concurrent misses of one key share one computation (no stampede when the overview expires);</item>
/// <item>a value read after two thirds of its lifetime is refreshed in the background while it is still
/// served, so readers do not wait for the recomputation as long as it takes less than the last third.</item>
/// </list>
/// </summary>
public sealed class PortalCache(
    IMemoryCache cache,
    IOptions<PortalOptions> options,
    IServiceScopeFactory scopes,
    TimeProvider clock,
    ILogger<PortalCache> log)
{
    private sealed record Entry(object Value, long StartedAt);

    private readonly ConcurrentDictionary<string, Task<object?>> inFlight = new(StringComparer.Ordinal);
    private CancellationTokenSource source = new();
    private long generation;

    public void Invalidate()
    {
        Interlocked.Increment(ref generation);
        var old = Interlocked.Exchange(ref source, new CancellationTokenSource());
        old.Cancel();
        old.Dispose();
    }

    /// <summary>
    /// The cached value, or <paramref name="create"/>'s (a null result is not cached). <paramref name="create"/>
    /// runs with <paramref name="services"/> (the request's) on a miss, and with a scope of its own when it
    /// refreshes a value in the background.
    /// </summary>
    public async Task<T?> GetOrCreateAsync<T>(string key, IServiceProvider services, Func<IServiceProvider, Task<T?>> create)
        where T : class
    {
        var lifetime = TimeSpan.FromSeconds(options.Value.CacheSeconds);
        if (lifetime <= TimeSpan.Zero) return await create(services);
        // The age is judged by the injected clock, not only by the memory cache's own expiry.
        if (cache.TryGetValue(key, out Entry? hit) && hit is not null && clock.GetElapsedTime(hit.StartedAt) < lifetime)
        {
            if (clock.GetElapsedTime(hit.StartedAt) >= lifetime * 2 / 3) RefreshInBackground(key, create, lifetime);
            return (T)hit.Value;
        }
        return (T?)await Flight(key, () => ComputeAsync(key, () => create(services), lifetime));
    }

    private void RefreshInBackground<T>(string key, Func<IServiceProvider, Task<T?>> create, TimeSpan lifetime) where T : class
    {
        var flightKey = FlightKey(key);
        if (inFlight.ContainsKey(flightKey)) return;
        _ = Flight(key, () => Task.Run(async () =>
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                return await ComputeAsync(key, () => create(scope.ServiceProvider), lifetime);
            }
            catch (Exception e)
            {
                // The value in the cache stays until it expires; the next miss computes it in the foreground.
                log.LogWarning(e, "Refreshing the portal cache entry {Key} failed", key);
                return null;
            }
        }));
    }

    private async Task<object?> Flight(string key, Func<Task<object?>> start)
    {
        var flightKey = FlightKey(key);
        var flight = inFlight.GetOrAdd(flightKey, _ => start());
        try
        {
            return await flight;
        }
        finally
        {
            inFlight.TryRemove(KeyValuePair.Create(flightKey, flight));
        }
    }

    // Work begun before an invalidation is not shared with requests that come after it.
    private string FlightKey(string key) => $"{Interlocked.Read(ref generation)}|{key}";

    private async Task<object?> ComputeAsync<T>(string key, Func<Task<T?>> create, TimeSpan lifetime) where T : class
    {
        // Both taken before reading: an invalidation during the read drops what we store, and the
        // value's age counts from the moment its data was read.
        var token = new CancellationChangeToken(Volatile.Read(ref source).Token);
        var started = clock.GetTimestamp();
        var value = await create();
        var remaining = lifetime - clock.GetElapsedTime(started);
        // After an invalidation the value is stale: store nothing (and leave a newer entry in place).
        if (value is not null && remaining > TimeSpan.Zero && !token.HasChanged)
        {
            using var entry = cache.CreateEntry(key);
            entry.Value = new Entry(value, started);
            entry.AbsoluteExpirationRelativeToNow = remaining;
            entry.ExpirationTokens.Add(token);
        }
        return value;
    }
}
