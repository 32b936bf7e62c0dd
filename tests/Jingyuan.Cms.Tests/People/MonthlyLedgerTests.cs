using System.Net;
using System.Text.RegularExpressions;
using Jingyuan.Cms.Audit;
using Jingyuan.Cms.Content;
using Jingyuan.Cms.Security;
using Jingyuan.Cms.Tests.Admin;
using Jingyuan.Cms.Tests.Modules.SocialSecurity;
using Jingyuan.Cms.Tests.TestSupport;
using Microsoft.Extensions.Time.Testing;
using static Jingyuan.Cms.Tests.People.MonthlyLedgerSite;

namespace Jingyuan.Cms.Tests.People;

/// <summary>
/// A people ledger kept month by month: the monthly sheet updates the unit's persons by ID number (new versions, same
/// items) and adds the others, all or nothing; the admin shows each month's end and who has not reported.
/// </summary>
public sealed class MonthlyLedgerTests
{
    private static readonly DateOnly January = new(2026, 1, 1);
    private static readonly DateOnly February = new(2026, 2, 1);

    private static FakeTimeProvider InJanuary() => new(new DateTimeOffset(2026, 1, 10, 2, 0, 0, TimeSpan.Zero));

    [Theory, ClassData(typeof(Databases))]
    public async Task A_second_import_updates_the_units_person_by_id_number_and_adds_the_new_one(TestDatabase database)
    {
        var clock = InJanuary();
        await using var site = Create(database, clock);
        var hr = await SocialSecurityTestData.UnitAsync(site, "人社局");
        var civil = await SocialSecurityTestData.UnitAsync(site, "民政局");
        Assert.True((await ImportAsync(site, civil, Sheet(Row("马小明", Id(1), "未就业")), January)).Succeeded);

        var first = await ImportAsync(site, hr, Sheet(Row("马小明", Id(1), "县内就近"), Row("李小红", Id(2), "区外转移")), January);
        Assert.True(first.Succeeded, string.Join("\n", first.Errors));
        Assert.Equal((2, 0), (first.Created, first.Updated));
        var ma = (await LatestAsync(site)).First(r => r.DepartmentId == hr);

        clock.Advance(TimeSpan.FromDays(31));
        var second = await ImportAsync(site, hr, Sheet(Row("马小明", Id(1), "区外转移"), Row("王小军", Id(3), "县内就近")), February);

        Assert.True(second.Succeeded, string.Join("\n", second.Errors));
        Assert.Equal((1, 1), (second.Created, second.Updated));
        var latest = await LatestAsync(site);
        Assert.Equal(3, latest.Count(r => r.DepartmentId == hr));
        var updated = latest.Single(r => r.ContentItemId == ma.ContentItemId);
        Assert.Equal(2, updated.Number);
        Assert.Equal((hr, ma.Owner, ma.CreatedUtc), (updated.DepartmentId, updated.Owner, updated.CreatedUtc));
        Assert.Equal(ContentStatus.Submitted, updated.Status);
        Assert.Contains("区外转移", updated.DataJson);
        Assert.Contains("2026-02-01", updated.DataJson);   // the month chosen on the import page
        // 民政局's row about the same person is another unit's: untouched.
        var civilRow = latest.Single(r => r.DepartmentId == civil);
        Assert.Equal(1, civilRow.Number);
        Assert.Contains("未就业", civilRow.DataJson);
        var summary = (await site.AuditAsync(AuditEvents.DataImported))[^1];
        Assert.Contains("新建 1 条，更新 1 条", summary.Summary);
    }

    [Fact]
    public async Task A_wrong_check_character_is_refused_at_its_row_and_column_and_nothing_is_written()
    {
        await using var site = Create(TestDatabase.Sqlite, InJanuary());
        var hr = await SocialSecurityTestData.UnitAsync(site, "人社局");
        Assert.True((await ImportAsync(site, hr, Sheet(Row("马小明", Id(1), "县内就近")), January)).Succeeded);
        var good = Id(5);
        var bad = good[..17] + (good[17] == '0' ? '1' : '0');

        var result = await ImportAsync(site, hr, Sheet(Row("马小明", Id(1), "区外转移"), Row("错号", bad, "县内就近")), February);

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Errors);
        Assert.Equal((3, "C"), (error.Row, error.Column));
        Assert.Contains("校验", error.Message);
        var stored = Assert.Single(await LatestAsync(site));
        Assert.Equal(1, stored.Number);   // the matched person of row 2 was not updated either
    }

    [Fact]
    public async Task The_same_id_number_twice_in_a_sheet_is_refused_naming_both_rows()
    {
        await using var site = Create(TestDatabase.Sqlite, InJanuary());
        var hr = await SocialSecurityTestData.UnitAsync(site, "人社局");

        var result = await ImportAsync(site, hr,
            Sheet(Row("马小明", Id(1), "县内就近"), Row("李小红", Id(2), "县内就近"), Row("马晓明", Id(1), "区外转移")), January);

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Errors);
        Assert.Equal((4, "C"), (error.Row, error.Column));
        Assert.Contains("第 2 行", error.Message);
        Assert.Empty(await LatestAsync(site));
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task The_month_end_page_shows_the_january_version_after_a_february_change_and_who_has_not_reported(TestDatabase database)
    {
        var clock = InJanuary();
        await using var site = Create(database, clock);
        var hr = await SocialSecurityTestData.UnitAsync(site, "人社局");
        var civil = await SocialSecurityTestData.UnitAsync(site, "民政局");
        Assert.True((await ImportAsync(site, hr, Sheet(Row("马小明", Id(1), "县内就近"), Row("李小红", Id(2), "区外转移")), January)).Succeeded);
        await PublishAllAsync(site);
        var rows = await LatestAsync(site);
        var (ma, li) = (rows[0].ContentItemId, rows[1].ContentItemId);

        clock.Advance(TimeSpan.FromDays(31));
        Assert.True((await ImportAsync(site, hr, Sheet(Row("马小明", Id(1), "区外转移")), February)).Succeeded);
        Assert.True((await ImportAsync(site, civil, Sheet(Row("丁小花", Id(9), "未就业")), February)).Succeeded);
        await PublishAllAsync(site);
        var ding = (await LatestAsync(site)).Single(r => r.DepartmentId == civil).ContentItemId;
        clock.SetUtcNow(DateTimeOffset.UtcNow);   // sign in at the real time: cookies expire by the real clock

        await site.CreateUserAsync("rsj", BuiltInRoles.DepartmentEditor, hr);
        using var editor = await site.LoginAsync("rsj");
        Assert.Contains($"/admin/ledgers/{Ledger}/monthly", await editor.GetPageAsync($"/admin/content?type={Ledger}"));

        var january = await editor.GetPageAsync($"/admin/ledgers/{Ledger}/monthly?month=2026-01");
        Assert.Contains("月末情况：共 2 人", january);
        Assert.Contains("第1版", RowOf(january, ma));
        Assert.Contains("县内就近", RowOf(january, ma));
        Assert.Contains("马*明", january);
        Assert.DoesNotContain("马小明", january);
        Assert.DoesNotContain(ding, january);

        var february = await editor.GetPageAsync($"/admin/ledgers/{Ledger}/monthly?month=2026-02");
        Assert.Contains("第2版", RowOf(february, ma));
        Assert.Contains("区外转移", RowOf(february, ma));
        Assert.Contains("本月未报：共 1 人", february);
        var missing = february[february.IndexOf("本月未报", StringComparison.Ordinal)..];
        Assert.Contains(li, missing);
        Assert.DoesNotContain(ma, missing);
        Assert.DoesNotContain(ding, february);   // another unit's person

        await site.CreateUserAsync("shy", BuiltInRoles.Reviewer);
        using var reviewer = await site.LoginAsync("shy");
        var all = await reviewer.GetPageAsync($"/admin/ledgers/{Ledger}/monthly?month=2026-02");
        Assert.Contains("月末情况：共 3 人", all);
        Assert.Contains(ding, all);

        await site.CreateUserAsync("xsz", BuiltInRoles.DepartmentEditor, await SocialSecurityTestData.UnitAsync(site, "香水镇"));
        using var township = await site.LoginAsync("xsz");
        Assert.Equal(HttpStatusCode.Forbidden, (await township.GetAsync($"/admin/ledgers/{Ledger}/monthly?month=2026-02")).StatusCode);
    }

    private static string RowOf(string page, string contentItemId) =>
        Regex.Match(page, $"data-item=\"{contentItemId}\".*?</tr>", RegexOptions.Singleline).Value;
}
