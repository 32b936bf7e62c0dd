using Jingyuan.Cms.Data;
using Jingyuan.Cms.Plan;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Jingyuan.Cms.Tests.TestSupport;

/// <summary>
/// An in-memory SQLite database with the whole schema (EnsureCreated). The connection stays open
/// for the test's lifetime because an in-memory database lives only as long as its connection.
/// </summary>
public sealed class SqliteTestDatabase : IDisposable
{
    private readonly SqliteConnection connection;

    public SqliteTestDatabase()
    {
        connection = new SqliteConnection("Data Source=:memory:;Foreign Keys=True");
        connection.Open();
        using var db = CreateContext();
        db.Database.EnsureCreated();
    }

    /// <summary>A new context (own change tracker) on the shared connection.</summary>
    public SqliteCmsDbContext CreateContext(params IInterceptor[] interceptors) =>
        new(new DbContextOptionsBuilder<SqliteCmsDbContext>().UseSqlite(connection).AddInterceptors(interceptors).Options);

    /// <summary>Services as the host wires them: a scoped CmsDbContext plus <see cref="PlanServiceCollectionExtensions.AddPlan"/>.</summary>
    public ServiceProvider CreateServices()
    {
        var services = new ServiceCollection();
        services.AddScoped<CmsDbContext>(_ => CreateContext());
        services.AddPlan();
        services.AddScoped<Jingyuan.Cms.Audit.IAuditTrail>(sp => TestAudit.For(sp.GetRequiredService<CmsDbContext>()));
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
    }

    public void Dispose() => connection.Dispose();
}
