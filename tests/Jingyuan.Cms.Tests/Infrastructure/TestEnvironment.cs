using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using Npgsql;

namespace Jingyuan.Cms.Tests.Infrastructure;

/// <summary>
/// What the machine running the tests offers. A test that needs PostgreSQL or Chromium calls
/// <see cref="RequirePostgres"/> / <see cref="RequireChromium"/>: on a developer machine without
/// them the test is skipped; under CI (<c>CI</c> set, as .ci/run does) it fails instead, so a
/// broken CI set-up can never pass by skipping.
/// </summary>
public static class TestEnvironment
{
    public const string PostgresVariable = "JINGYUAN_TEST_POSTGRES";
    public const string ChromiumVariable = "JINGYUAN_CHROMIUM";
    public const string DefaultChromiumPath = "/usr/bin/chromium";

    static readonly ConcurrentDictionary<string, Lazy<string?>> PostgresProbes = new();

    /// <summary>True when the environment variable CI is set to anything but "", "false" or "0".</summary>
    public static bool IsCi => IsSet(Environment.GetEnvironmentVariable("CI"));

    /// <summary>The connection string in JINGYUAN_TEST_POSTGRES, or null when it is not set.</summary>
    public static string? PostgresConnectionString =>
        Environment.GetEnvironmentVariable(PostgresVariable) is { } s && !string.IsNullOrWhiteSpace(s) ? s.Trim() : null;

    /// <summary>The Chromium to drive: JINGYUAN_CHROMIUM when set, else /usr/bin/chromium (Debian's package).</summary>
    public static string ChromiumPath =>
        Environment.GetEnvironmentVariable(ChromiumVariable) is { } s && !string.IsNullOrWhiteSpace(s) ? s.Trim() : DefaultChromiumPath;

    /// <summary>
    /// The PostgreSQL connection string, after checking that the server answers.
    /// Skips the test when it is not configured or not reachable; fails it instead under CI.
    /// </summary>
    public static string RequirePostgres()
    {
        var connectionString = PostgresConnectionString;
        if (connectionString is null)
            Unavailable($"PostgreSQL not available: set {PostgresVariable} (e.g. \"Host=localhost;Port=5432;Username=jingyuan;Password=jingyuan;Database=jingyuan_test\") to run this test; .ci/run starts a server and sets it.");

        // One probe per connection string and test run: a missing server costs one timeout, not one per test.
        var error = PostgresProbes.GetOrAdd(connectionString, cs => new Lazy<string?>(() => Probe(cs))).Value;
        if (error is not null)
            Unavailable($"PostgreSQL not available: the server in {PostgresVariable} does not answer ({error}).");
        return connectionString;
    }

    /// <summary>
    /// The path of the Chromium executable, after checking that it exists.
    /// Skips the test when it is missing; fails it instead under CI.
    /// </summary>
    public static string RequireChromium()
    {
        var path = ChromiumPath;
        if (!File.Exists(path))
            Unavailable($"Chromium not available: {path} does not exist. Install it (apt-get install chromium fonts-wqy-microhei) or set {ChromiumVariable} to a Chromium executable.");
        return path;
    }

    /// <summary>Skips the current test, or fails it when running under CI.</summary>
    [DoesNotReturn]
    public static void Unavailable(string reason)
    {
        if (IsCi)
            throw new InvalidOperationException($"{reason} CI is set, so a missing prerequisite fails the test instead of skipping it.");
        Assert.Skip(reason);
        throw new InvalidOperationException("unreachable: Assert.Skip returned");
    }

    internal static bool IsSet(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
            return false;
        value = value.Trim();
        return !value.Equals("false", StringComparison.OrdinalIgnoreCase) && value != "0";
    }

    static string? Probe(string connectionString)
    {
        try
        {
            var builder = new NpgsqlConnectionStringBuilder(connectionString);
            if (builder.Timeout is 0 or > 10)
                builder.Timeout = 10;
            builder.Pooling = false;
            using var connection = new NpgsqlConnection(builder.ConnectionString);
            connection.Open();
            using var command = new NpgsqlCommand("SELECT 1", connection);
            command.ExecuteScalar();
            return null;
        }
        catch (Exception ex)
        {
            return $"{ex.GetType().Name}: {ex.Message}";
        }
    }
}
