using Jingyuan.Cms.Data;
using Jingyuan.Cms.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Jingyuan.Cms.Tests.TestSupport;

/// <summary>
/// A throw-away PostgreSQL database with the whole schema (EnsureCreated), dropped on dispose.
/// Skipped where no server is configured (see <see cref="TestEnvironment.RequirePostgres"/>).
/// The context retries on failure as production may, so code must use the execution strategy.
/// </summary>
public sealed class PostgresTestDatabase : IAsyncDisposable
{
    private readonly string server;
    private readonly string name = "jingyuan_plan_" + Guid.NewGuid().ToString("n")[..12];
    private readonly string connectionString;

    public PostgresTestDatabase()
    {
        server = TestEnvironment.RequirePostgres();
        connectionString = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
        using var db = CreateContext();
        db.Database.EnsureCreated();
    }

    public PostgresCmsDbContext CreateContext() =>
        new(new DbContextOptionsBuilder<PostgresCmsDbContext>().UseNpgsql(connectionString, o => o.EnableRetryOnFailure()).Options);

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
