using System.Data.Common;
using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Jingyuan.Cms.Data;

/// <summary>
/// Sets up each new SQLite connection so writers queue instead of failing: a busy timeout (a save
/// waits for another's write lock instead of answering "database is locked") and WAL journal mode
/// (readers never wait for a writer, a writer never waits for readers). Runs once per physical
/// connection, not on every open of a pooled one.
/// </summary>
public sealed class SqliteConnectionSetup(TimeSpan busyTimeout) : DbConnectionInterceptor
{
    private readonly ConditionalWeakTable<object, object> configured = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Configure(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Configure(connection);
        return Task.CompletedTask;
    }

    private void Configure(DbConnection connection)
    {
        if (connection is not SqliteConnection sqlite || sqlite.Handle is not { } handle || configured.TryGetValue(handle, out _)) return;
        using var command = sqlite.CreateCommand();
        var milliseconds = ((long)busyTimeout.TotalMilliseconds).ToString(CultureInfo.InvariantCulture);
        // busy_timeout first, so switching the journal mode also waits for a lock instead of failing.
        command.CommandText = $"PRAGMA busy_timeout = {milliseconds}; PRAGMA journal_mode = WAL;";
        command.ExecuteNonQuery();
        configured.AddOrUpdate(handle, handle);
    }
}
