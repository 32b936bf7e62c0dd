using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Jingyuan.Cms.Tests.TestSupport;

/// <summary>Counts SQL commands a context runs, to prove reads are not N+1.</summary>
public sealed class CommandCounter : DbCommandInterceptor
{
    private int count;

    public int Count => count;

    public void Reset() => count = 0;

    public override ValueTask<DbDataReader> ReaderExecutedAsync(
        DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref count);
        return base.ReaderExecutedAsync(command, eventData, result, cancellationToken);
    }
}
