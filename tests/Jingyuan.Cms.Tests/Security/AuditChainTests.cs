using Jingyuan.Cms.Audit;
using Jingyuan.Cms.Data;
using Jingyuan.Cms.Modules;
using Jingyuan.Cms.Plan;
using Jingyuan.Cms.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jingyuan.Cms.Tests.Security;

public sealed class AuditChainTests
{
    private static Task RecordAsync(CmsWebFactory site, int count, string prefix = "事件") =>
        site.WithServicesAsync(async sp =>
        {
            var audit = sp.GetRequiredService<IAuditTrail>();
            for (var i = 0; i < count; i++) await audit.RecordAsync(new AuditEntry(AuditEvents.PlanChanged, $"{prefix} {i}"), "tester");
        });

    private static Task<AuditVerification> VerifyAsync(CmsWebFactory site) =>
        site.WithServicesAsync(sp => sp.GetRequiredService<AuditVerifier>().VerifyAsync());

    private static Task<List<AuditEventRecord>> RowsAsync(CmsWebFactory site) =>
        site.WithServicesAsync(sp => sp.GetRequiredService<CmsDbContext>().Set<AuditEventRecord>().AsNoTracking().OrderBy(r => r.Sequence).ToListAsync());

    private static Task SqlAsync(CmsWebFactory site, string sql, params object[] args) =>
        site.WithServicesAsync(sp => sp.GetRequiredService<CmsDbContext>().Database.ExecuteSqlRawAsync(sql, args));

    [Theory, ClassData(typeof(Databases))]
    public async Task An_untouched_trail_verifies_and_the_verb_says_so(TestDatabase database)
    {
        await using var site = new CmsWebFactory(database);
        await RecordAsync(site, 5);

        var result = await VerifyAsync(site);
        Assert.True(result.Intact, string.Join("\n", result.Problems.Select(p => p.Message)));
        var rows = await RowsAsync(site);
        Assert.Equal(Enumerable.Range(1, rows.Count).Select(i => (long?)i), rows.Select(r => r.Sequence));
        Assert.Equal(0, await site.WithServicesAsync(sp => new VerifyAuditVerb().RunAsync([], sp)));
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task A_row_changed_by_raw_sql_is_reported(TestDatabase database)
    {
        await using var site = new CmsWebFactory(database);
        await RecordAsync(site, 5);
        var victim = (await RowsAsync(site))[^3];

        await SqlAsync(site, """UPDATE "AuditEvents" SET "Summary" = 'nothing happened' WHERE "Id" = {0}""", victim.Id);

        var result = await VerifyAsync(site);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(victim.Id, problem.EventId);
        Assert.Equal(victim.Sequence, problem.Sequence);
        Assert.Contains($"编号 {victim.Id}", problem.Message);
        Assert.Equal(1, await site.WithServicesAsync(sp => new VerifyAuditVerb().RunAsync([], sp)));
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task A_row_deleted_by_raw_sql_is_reported_in_the_middle_and_at_the_end(TestDatabase database)
    {
        await using var site = new CmsWebFactory(database);
        await RecordAsync(site, 5);
        var rows = await RowsAsync(site);
        var (middle, last) = (rows[^3], rows[^1]);

        await SqlAsync(site, """DELETE FROM "AuditEvents" WHERE "Id" = {0} OR "Id" = {1}""", middle.Id, last.Id);

        var result = await VerifyAsync(site);
        Assert.Equal([middle.Sequence, last.Sequence], result.Problems.Select(p => p.Sequence));
        Assert.All(result.Problems, p => Assert.Contains("缺失", p.Message));
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Concurrent_writers_do_not_fork_the_chain(TestDatabase database)
    {
        await using var site = new CmsWebFactory(database);
        var before = (await RowsAsync(site)).Count;

        await Task.WhenAll(Enumerable.Range(0, 6).Select(w => Task.Run(() => RecordAsync(site, 10, $"写入者{w}"))));

        var rows = await RowsAsync(site);
        Assert.Equal(before + 60, rows.Count);
        Assert.Equal(Enumerable.Range(1, rows.Count).Select(i => (long?)i), rows.Select(r => r.Sequence));
        var result = await VerifyAsync(site);
        Assert.True(result.Intact, string.Join("\n", result.Problems.Select(p => p.Message)));
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Archived_rows_leave_the_table_for_a_file_and_the_chain_still_verifies_across_it(TestDatabase database)
    {
        await using var site = new CmsWebFactory(database);
        await RecordAsync(site, 4);
        var old = await RowsAsync(site);

        // Run the archiver 200 days from now: every row so far is past the 180-day retention.
        var result = await site.WithServicesAsync(sp => new AuditArchiver(sp.GetRequiredService<CmsDbContext>(),
            sp.GetRequiredService<IAppDataFolder>(), new AuditOptions { RetentionDays = 180 },
            sp.GetRequiredService<IAuditTrail>(), new ShiftedTime(TimeSpan.FromDays(200))).ArchiveAsync());

        Assert.Equal(old.Count, result.Rows);
        var file = Path.Combine(site.DataFolder, "audit-archive", result.FileName!);
        Assert.Equal(old.Select(r => r.Hash), await AuditArchiveFile.ReadAsync(file).Select(r => r.Hash).ToListAsync(TestContext.Current.CancellationToken));
        var remaining = Assert.Single(await RowsAsync(site));
        Assert.Equal(AuditEvents.AuditArchived, remaining.EventName);
        Assert.Equal(old[^1].Sequence + 1, remaining.Sequence);

        await RecordAsync(site, 2);
        var intact = await VerifyAsync(site);
        Assert.True(intact.Intact, string.Join("\n", intact.Problems.Select(p => p.Message)));
        Assert.Equal(old.Count, intact.ArchivedRowsChecked);

        // The first row after the boundary is removed: found although nothing before it is in the table.
        await SqlAsync(site, """DELETE FROM "AuditEvents" WHERE "Id" = {0}""", remaining.Id);
        Assert.Equal([remaining.Sequence], (await VerifyAsync(site)).Problems.Select(p => p.Sequence));
    }

    [Fact]
    public async Task A_changed_archive_file_is_reported()
    {
        await using var site = new CmsWebFactory();
        await RecordAsync(site, 3);
        var result = await site.WithServicesAsync(sp => new AuditArchiver(sp.GetRequiredService<CmsDbContext>(),
            sp.GetRequiredService<IAppDataFolder>(), new AuditOptions(), sp.GetRequiredService<IAuditTrail>(),
            new ShiftedTime(TimeSpan.FromDays(365))).ArchiveAsync());
        var file = Path.Combine(site.DataFolder, "audit-archive", result.FileName!);
        var rows = await AuditArchiveFile.ReadAsync(file).ToListAsync(TestContext.Current.CancellationToken);
        rows[1].Summary = "改过的摘要";
        File.Delete(file);
        await AuditArchiveFile.WriteAsync(file, rows.ToAsyncEnumerable(), CancellationToken.None);

        var problems = (await VerifyAsync(site)).Problems;
        Assert.Contains(problems, p => p.Message.Contains("摘要与登记的不符"));
        Assert.Contains(problems, p => p.Sequence == rows[1].Sequence && p.EventId == rows[1].Id);
    }

    [Fact]
    public async Task Rows_written_before_the_chain_are_sealed_on_start()
    {
        await using var site = new CmsWebFactory();
        await RecordAsync(site, 1);
        await SqlAsync(site, """INSERT INTO "AuditEvents" ("OccurredUtc", "EventName", "UserName", "Summary") VALUES ({0}, 'logout', 'old', '旧记录')""", DateTime.UtcNow);
        Assert.Contains((await VerifyAsync(site)).Problems, p => p.Message.Contains("不在哈希链中"));

        await site.WithServicesAsync(sp => AuditChain.SealUnchainedAsync(sp.GetRequiredService<CmsDbContext>()));

        Assert.True((await VerifyAsync(site)).Intact);
        Assert.Equal("old", (await RowsAsync(site))[^1].UserName);
    }

    [Fact]
    public async Task A_retention_below_180_days_stops_the_start_with_a_clear_message()
    {
        await using var site = new CmsWebFactory();
        site.Settings["Audit:RetentionDays"] = "30";

        var error = Assert.ThrowsAny<Exception>(() => site.CreateClient());
        var messages = string.Join("\n", Flatten(error).Select(e => e.Message));
        Assert.Contains("Audit:RetentionDays", messages);
        Assert.Contains("至少保留 180 天", messages);

        static IEnumerable<Exception> Flatten(Exception e) =>
            e.InnerException is null ? [e] : [e, .. Flatten(e.InnerException)];
    }

    private sealed class ShiftedTime(TimeSpan by) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + by;
    }
}

public sealed class PlanAuditTests
{
    [Fact]
    public async Task Plan_edits_and_year_copies_are_audited_in_their_transaction()
    {
        using var database = new SqliteTestDatabase();
        await using var db = database.CreateContext();
        var plan = TestAudit.PlanAdmin(db);

        await plan.CreateYearAsync(new PlanYearInput(2025, "2025年实施方案", "县委办", null, "", []));
        var chapter = await plan.CreateChapterAsync(2025, new PlanChapterInput(1, "产业发展", "", null));
        await plan.CopyYearAsync(2025, 2026);
        // A refused edit leaves no entry.
        await Assert.ThrowsAnyAsync<Exception>(() => plan.CreateChapterAsync(2025, new PlanChapterInput(1, "重复章号", "", null)));

        var events = await db.Set<AuditEventRecord>().AsNoTracking().OrderBy(r => r.Sequence).ToListAsync(TestContext.Current.CancellationToken);
        Assert.Equal([AuditEvents.PlanChanged, AuditEvents.PlanChanged, AuditEvents.PlanYearCopied], events.Select(e => e.EventName));
        Assert.Contains("产业发展", events[1].Summary);
        Assert.Contains("2026", events[2].Summary);
    }
}
