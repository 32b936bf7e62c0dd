using Jingyuan.Cms.Departments;
using Jingyuan.Cms.Plan;

namespace Jingyuan.Cms.Tests.TestSupport;

/// <summary>
/// The 2023 seed imported once for a test class that only reads it (IClassFixture), so a
/// theory with fifty rows does not import fifty times.
/// </summary>
public sealed class SeededDatabase : IAsyncLifetime
{
    public SqliteTestDatabase Database { get; } = new();
    public PlanYear Plan { get; private set; } = null!;
    public List<Department> Departments { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        await SeededPlan.ImportSeedAsync(Database);
        Plan = await SeededPlan.LoadYearAsync(Database, 2023);
        Departments = await SeededPlan.DepartmentsAsync(Database);
    }

    public ValueTask DisposeAsync()
    {
        Database.Dispose();
        return ValueTask.CompletedTask;
    }
}
