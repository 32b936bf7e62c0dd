using Jingyuan.Cms.Data;
using Jingyuan.Cms.Departments;
using Jingyuan.Cms.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;

namespace Jingyuan.Cms.Tests.Data;

/// <summary>A database made by an earlier version is upgraded on start without losing data.</summary>
public sealed class DatabaseUpgradeTests
{
    [Theory, ClassData(typeof(Databases))]
    public async Task A_database_at_the_first_migration_is_upgraded_on_start_keeping_its_data(TestDatabase database)
    {
        await using var site = new CmsWebFactory(database);
        Directory.CreateDirectory(site.DataFolder);
        string[] allMigrations;
        await using (var old = Open(site))
        {
            allMigrations = old.Database.GetMigrations().ToArray();
            Assert.True(allMigrations.Length >= 2, "the upgrade path needs at least two migrations");
            await old.GetService<IMigrator>().MigrateAsync(allMigrations[0], TestContext.Current.CancellationToken);
            old.Add(new Department { Name = "旧版本创建的部门", Kind = DepartmentKind.Bureau });
            await old.SaveChangesAsync(TestContext.Current.CancellationToken);
            // Raw SQL with the first migration's columns: the current entity has more (the hash chain's).
            await old.Database.ExecuteSqlRawAsync(
                """INSERT INTO "AuditEvents" ("OccurredUtc", "EventName", "UserName", "Summary") VALUES ({0}, 'legacy', 'old', '旧版本的审计记录')""",
                [DateTime.UtcNow], TestContext.Current.CancellationToken);
        }

        var (applied, department, audit) = await site.WithServicesAsync(async sp =>
        {
            var db = sp.GetRequiredService<CmsDbContext>();
            return (await db.Database.GetAppliedMigrationsAsync(),
                await db.Set<Department>().SingleOrDefaultAsync(d => d.Name == "旧版本创建的部门"),
                await db.Set<AuditEventRecord>().SingleOrDefaultAsync(e => e.EventName == "legacy"));
        });

        Assert.Equal(allMigrations, applied);
        Assert.NotNull(department);
        Assert.Equal("旧版本的审计记录", audit?.Summary);
        // Rows of the old version are sealed into the hash chain on start.
        Assert.NotNull(audit?.Sequence);
        Assert.True((await site.WithServicesAsync(sp => sp.GetRequiredService<Jingyuan.Cms.Audit.AuditVerifier>().VerifyAsync())).Intact);
    }

    [Fact]
    public async Task Restarting_on_the_same_data_folder_keeps_users_content_and_creates_no_second_admin()
    {
        var folder = Path.Combine(Path.GetTempPath(), "jingyuan-tests", Guid.NewGuid().ToString("n"));
        try
        {
            await using (var first = new CmsWebFactory(dataFolder: folder))
            {
                await TestContent.DefineTypeAsync(first);
                await TestContent.DraftAsync(first, "重启前的内容", 3);
            }
            await using var second = new CmsWebFactory(dataFolder: folder);
            var total = await second.WithContentAsync(c => c.QueryAsync(new Jingyuan.Cms.Content.ContentQuery { ContentTypes = [TestContent.Type] }));
            Assert.Equal("重启前的内容", Assert.Single(total.Items).DisplayText);
            var admins = await second.WithServicesAsync(async sp =>
                (await sp.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Jingyuan.Cms.Security.CmsUser>>()
                    .GetUsersInRoleAsync(Jingyuan.Cms.Security.BuiltInRoles.Administrator)).Count);
            Assert.Equal(1, admins);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
        }
    }

    private static CmsDbContext Open(CmsWebFactory site) => site.Database == TestDatabase.Postgres
        ? new PostgresCmsDbContext(new DbContextOptionsBuilder<PostgresCmsDbContext>().UseNpgsql(site.ConnectionString).Options)
        : new SqliteCmsDbContext(new DbContextOptionsBuilder<SqliteCmsDbContext>().UseSqlite(site.ConnectionString).Options);
}
