using System.Net;
using Jingyuan.Cms.Audit;
using Jingyuan.Cms.Content;
using Jingyuan.Cms.People;
using Jingyuan.Cms.Security;
using Jingyuan.Cms.Tests.Admin;
using Jingyuan.Cms.Tests.Modules.SocialSecurity;
using Jingyuan.Cms.Tests.TestSupport;
using Jingyuan.Cms.Time;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using static Jingyuan.Cms.Tests.People.MonthlyLedgerSite;

namespace Jingyuan.Cms.Tests.People;

/// <summary>The import page of a monthly ledger, the edit right on matched persons, and withdrawn versions at a month's end.</summary>
public sealed class MonthlyLedgerImportPageTests
{
    private const string ImportPage = "/admin/content/sheets/" + Ledger + "/import";

    [Fact]
    public async Task The_import_page_asks_for_the_month_defaulting_to_this_month_and_the_rows_report_the_month_chosen()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var site = Create(TestDatabase.Sqlite, clock);
        var hr = await SocialSecurityTestData.UnitAsync(site, "人社局");
        await site.CreateUserAsync("rsj", BuiltInRoles.DepartmentEditor, hr);
        using var editor = await site.LoginAsync("rsj");

        var page = await editor.GetPageAsync(ImportPage);
        Assert.Contains($"type=\"month\" id=\"month\" name=\"month\" value=\"{ChinaTime.Today(clock):yyyy-MM}\"", page);

        var noMonth = await UploadAsync(editor, Sheet(Row("马小明", Id(1), "县内就近")), "");
        Assert.Equal(HttpStatusCode.BadRequest, noMonth.StatusCode);
        Assert.Contains("请选择报告月份", await noMonth.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Empty(await LatestAsync(site));

        Assert.Equal(HttpStatusCode.Redirect, (await UploadAsync(editor, Sheet(Row("马小明", Id(1), "县内就近")), "2026-03")).StatusCode);
        var ma = Assert.Single(await LatestAsync(site));
        Assert.Contains("2026-03-01", ma.DataJson);
        Assert.Equal(HttpStatusCode.Redirect, (await UploadAsync(editor, Sheet(Row("马小明", Id(1), "区外转移"), Row("李小红", Id(2), "县内就近")), "2026-04")).StatusCode);

        var rows = await LatestAsync(site);
        Assert.Equal(2, rows.Count);
        var updated = rows.Single(r => r.ContentItemId == ma.ContentItemId);
        Assert.Equal(2, updated.Number);
        Assert.Contains("2026-04-01", updated.DataJson);
        var imports = await site.AuditAsync(AuditEvents.DataImported);
        Assert.Equal(2, imports.Count);
        Assert.Contains("新建 1 条，更新 1 条", imports[1].Summary);
        Assert.Equal("rsj", imports[1].UserName);
    }

    [Fact]
    public async Task A_matched_person_the_unit_may_not_edit_is_refused_by_row_and_nothing_is_written()
    {
        await using var site = Create(TestDatabase.Sqlite, new FakeTimeProvider(DateTimeOffset.UtcNow));
        var hr = await SocialSecurityTestData.UnitAsync(site, "人社局");
        Assert.True((await ImportAsync(site, hr, Sheet(Row("马小明", Id(1), "县内就近")), new DateOnly(2026, 1, 1))).Succeeded);
        await site.WithServicesAsync(sp => sp.GetRequiredService<RecordTypeGrants>()
            .SetAsync([(hr, Ledger, RecordTypeAction.EditOwn, false)], "admin", DateTime.UtcNow));

        var result = await ImportAsync(site, hr, Sheet(Row("李小红", Id(2), "县内就近"), Row("马小明", Id(1), "区外转移")), new DateOnly(2026, 2, 1));

        var error = Assert.Single(result.Errors);
        Assert.Equal((3, "C"), (error.Row, error.Column));
        Assert.Contains("无权修改", error.Message);
        var stored = Assert.Single(await LatestAsync(site));
        Assert.Equal(1, stored.Number);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task A_withdrawn_version_counts_at_the_month_end_before_its_withdrawal_and_not_after(TestDatabase database)
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 1, 10, 2, 0, 0, TimeSpan.Zero));
        await using var site = Create(database, clock);
        var hr = await SocialSecurityTestData.UnitAsync(site, "人社局");
        Assert.True((await ImportAsync(site, hr, Sheet(Row("马小明", Id(1), "县内就近")), new DateOnly(2026, 1, 1))).Succeeded);
        await PublishAllAsync(site);
        clock.Advance(TimeSpan.FromDays(31));
        var id = (await LatestAsync(site))[0].ContentItemId;
        await site.WithContentAsync(c => c.UnpublishAsync(id, "调出本县"));

        var (january, february) = await site.WithServicesAsync(async sp =>
        {
            var type = (await sp.GetRequiredService<IContentDefinitionManager>().GetTypeAsync(Ledger))!;
            var reader = sp.GetRequiredService<MonthlyLedgerReader>();
            var counted = new[] { nameof(MonthlyWorker.EmploymentForm) };
            return (await reader.MonthEndAsync(new(type, new DateOnly(2026, 1, 1), null, CountFields: counted)),
                    await reader.MonthEndAsync(new(type, new DateOnly(2026, 2, 1), null, CountFields: counted)));
        });

        Assert.Equal(id, Assert.Single(january.Rows).ContentItemId);
        Assert.Equal(new ChoiceCount(nameof(MonthlyWorker.EmploymentForm), "县内就近", 1), Assert.Single(january.Counts));
        Assert.Equal(0, february.Total);
        Assert.Empty(february.Rows);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task The_not_reported_list_pages_by_key_without_repeating_or_skipping_a_person(TestDatabase database)
    {
        await using var site = Create(database, new FakeTimeProvider(new DateTimeOffset(2026, 2, 10, 2, 0, 0, TimeSpan.Zero)));
        var hr = await SocialSecurityTestData.UnitAsync(site, "人社局");
        Assert.True((await ImportAsync(site, hr, Sheet(Row("马小明", Id(1), "县内就近"), Row("李小红", Id(2), "县内就近"),
            Row("王小军", Id(3), "未就业")), new DateOnly(2026, 1, 1))).Succeeded);
        Assert.True((await ImportAsync(site, hr, Sheet(Row("丁小花", Id(4), "县内就近")), new DateOnly(2026, 2, 1))).Succeeded);

        var (first, second) = await site.WithServicesAsync(async sp =>
        {
            var type = (await sp.GetRequiredService<IContentDefinitionManager>().GetTypeAsync(Ledger))!;
            var reader = sp.GetRequiredService<MonthlyLedgerReader>();
            var query = new MonthlyLedgerQuery(type, new DateOnly(2026, 2, 1), hr, PageSize: 2);
            var one = await reader.NotReportedAsync(query);
            return (one, await reader.NotReportedAsync(query with { After = one.NextAfter }));
        });

        Assert.Equal((3, 3), (first.Total, second.Total));
        Assert.Equal(2, first.Rows.Count);
        Assert.NotNull(first.NextAfter);
        Assert.Single(second.Rows);
        Assert.Null(second.NextAfter);
        // 丁小花 reported February; the three January persons are listed once each across the pages.
        var listed = first.Rows.Concat(second.Rows).Select(r => r.MaskedName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["李*红", "王*军", "马*明"], listed);
    }

    private static async Task<HttpResponseMessage> UploadAsync(TestClient client, byte[] workbook, string month)
    {
        var token = await client.TokenFromAsync(ImportPage);
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(month), "month" },
            { new ByteArrayContent(workbook), "file", "务工月报.xlsx" },
        };
        return await client.Http.PostAsync(ImportPage, form);
    }
}
