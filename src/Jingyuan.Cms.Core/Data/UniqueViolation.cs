using Microsoft.Data.Sqlite;
using Npgsql;

namespace Jingyuan.Cms.Data;

/// <summary>Recognises "a row with this unique key already exists" on either database, however wrapped.</summary>
public static class UniqueViolation
{
    private const int SqliteConstraint = 19;

    public static bool Is(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            // SQLITE_CONSTRAINT_UNIQUE (2067) and SQLITE_CONSTRAINT_PRIMARYKEY (1555) extend SQLITE_CONSTRAINT.
            if (e is SqliteException { SqliteErrorCode: SqliteConstraint, SqliteExtendedErrorCode: 2067 or 1555 }) return true;
            if (e is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation }) return true;
        }
        return false;
    }
}
