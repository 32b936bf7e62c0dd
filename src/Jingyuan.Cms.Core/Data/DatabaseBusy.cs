using Microsoft.Data.Sqlite;
using Npgsql;

namespace Jingyuan.Cms.Data;

/// <summary>Recognises "the database is busy, try again" among exceptions, whichever layer wrapped it.</summary>
public static class DatabaseBusy
{
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;

    public static bool Is(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is SqliteException { SqliteErrorCode: SqliteBusy or SqliteLocked }) return true;
            // lock_not_available (lock_timeout) and deadlock_detected: the work can simply be retried.
            if (e is PostgresException { SqlState: "55P03" or "40P01" }) return true;
        }
        return false;
    }
}
