using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace Jingyuan.Cms.Security;

/// <summary>
/// Counts failed sign-ins per client address and per (address, account) in a fixed window, on this node.
/// Why both, and why before the account lockout: Identity locks an account after 5 failures, so anyone could
/// keep <c>admin</c> locked with 5 requests every 15 minutes. Here one address may fail against one account only
/// <see cref="SecurityOptions.FailuresPerAddressAndAccount"/> (3) times per window, fewer than the lockout needs;
/// after that its attempts are refused before the password is checked and count toward no lockout. An address
/// that fails <see cref="SecurityOptions.FailuresPerAddress"/> times in all (spraying many names) is refused too.
/// Locking an account therefore takes several addresses, and the real user on another address keeps signing in.
/// </summary>
public sealed class LoginThrottle(TimeProvider clock, IOptionsMonitor<SecurityOptions> options)
{
    private sealed class Window(DateTimeOffset ends)
    {
        public DateTimeOffset Ends { get; } = ends;
        public int Failures;
    }

    private readonly ConcurrentDictionary<string, Window> _windows = new();

    public bool IsThrottled(string address, string userName)
    {
        var o = options.CurrentValue;
        return Count(AddressKey(address)) >= o.FailuresPerAddress
            || Count(PairKey(address, userName)) >= o.FailuresPerAddressAndAccount;
    }

    public void RecordFailure(string address, string userName)
    {
        Increment(AddressKey(address));
        Increment(PairKey(address, userName));
    }

    /// <summary>A successful sign-in clears that account's count for the address.</summary>
    public void RecordSuccess(string address, string userName) => _windows.TryRemove(PairKey(address, userName), out _);

    private static string AddressKey(string address) => "a|" + address;

    private static string PairKey(string address, string userName) => "p|" + address + "|" + userName.ToUpperInvariant();

    private int Count(string key) =>
        _windows.TryGetValue(key, out var w) && w.Ends > clock.GetUtcNow() ? Volatile.Read(ref w.Failures) : 0;

    private void Increment(string key)
    {
        var now = clock.GetUtcNow();
        var window = _windows.AddOrUpdate(key,
            _ => new Window(now.AddMinutes(options.CurrentValue.ThrottleWindowMinutes)),
            (_, w) => w.Ends > now ? w : new Window(now.AddMinutes(options.CurrentValue.ThrottleWindowMinutes)));
        Interlocked.Increment(ref window.Failures);
        if (_windows.Count > 10_000) Sweep(now);
    }

    // Bounded memory under a flood of addresses: forget windows that have ended.
    private void Sweep(DateTimeOffset now)
    {
        foreach (var (key, w) in _windows)
        {
            if (w.Ends <= now) _windows.TryRemove(key, out _);
        }
    }
}
