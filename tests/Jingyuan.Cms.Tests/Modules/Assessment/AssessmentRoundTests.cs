using System.Globalization;
using System.Net;
using ClosedXML.Excel;
using Jingyuan.Cms.Assessment;
using Jingyuan.Cms.Audit;
using Jingyuan.Cms.Data;
using Jingyuan.Cms.Security;
using Jingyuan.Cms.Tests.TestSupport;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jingyuan.Cms.Tests.Modules.Assessment;

/// <summary>
/// A round through the pages: the administrator sets the scheme (a bad row is named), the office computes,
/// adjusts and freezes; after that nothing changes, through the pages or the store, whatever the indicators
/// say later; a unit sees its own row only; the export holds the ranking.
/// </summary>
public sealed class AssessmentRoundTests
{
    /// <summary>Two indicators whose results the test sets, as a module's would be.</summary>
    private sealed class FakeIndicator(string key, string name, Dictionary<string, decimal> attainments, Func<string, string> unitName) : IAssessmentIndicator
    {
        public string Key => key;
        public string Name => name;
        public string ScoringRule => "测试规则：" + name;
        public Task<IReadOnlyList<IndicatorResult>> EvaluateAsync(int year, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<IndicatorResult>>(attainments.Select(a => new IndicatorResult(
                new AssessedUnit(AssessedUnitKind.Department, a.Key, unitName(a.Key)), a.Value,
                [new AssessmentFact($"{name}：{unitName(a.Key)}的依据", 0m, "/admin/plan")])).ToList());
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task A_frozen_round_never_changes_and_units_see_only_their_own_result(TestDatabase database)
    {
        var completion = new Dictionary<string, decimal>();
        var onTime = new Dictionary<string, decimal>();
        var names = new Dictionary<string, string>();
        await using var site = new CmsWebFactory(database, configure: b => b.ConfigureTestServices(s =>
        {
            s.AddSingleton<IAssessmentIndicator>(new FakeIndicator("fake-completion", "目标完成", completion, k => names[k]));
            s.AddSingleton<IAssessmentIndicator>(new FakeIndicator("fake-on-time", "按时填报", onTime, k => names[k]));
        }));
        var (a, b) = await TestContent.DepartmentsAsync(site);
        string A = a.ToString(CultureInfo.InvariantCulture), B = b.ToString(CultureInfo.InvariantCulture);
        (names[A], names[B]) = ("测试甲局", "测试乙局");
        (completion[A], completion[B], onTime[A]) = (1m, 0.5m, 0.5m);   // B has nothing due for reports: not penalised
        await site.CreateUserAsync("office", BuiltInRoles.Reviewer);
        await site.CreateUserAsync("unitb", BuiltInRoles.DepartmentEditor, b);

        // The scheme: a bad weight is named by row and field, and nothing is saved.
        using var admin = await site.LoginAsync("admin");
        var form = "/admin/assessment/scheme/2023";
        var bad = await admin.PostFormAsync(form, form, Scheme(("fake-completion", "0"), ("fake-on-time", "40")));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("第1行（目标完成）「权重」", await bad.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Empty(await Store(site, s => s.GetSchemeAsync(2023)));
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync(form, form, Scheme(("fake-completion", "60"), ("fake-on-time", "40")))).StatusCode);

        // The office computes: 甲 (60 + 20) / 100 = 80, 乙 30 / 60 = 50.
        using var office = await site.LoginAsync("office", CmsWebFactory.UserPassword);
        var created = await office.PostFormAsync("/admin/assessment?year=2023", "/admin/assessment/rounds", new() { ["year"] = "2023", ["label"] = "2023年度考核" });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var url = created.Headers.Location!.OriginalString;
        var id = int.Parse(url.Split('/')[^1], CultureInfo.InvariantCulture);
        Assert.Equal((80m, 50m), await TotalsAsync(site, id, A, B));
        var page = await office.GetPageAsync(url);
        Assert.Contains("测试规则：目标完成", page);
        Assert.Contains("目标完成：测试甲局的依据", page);

        // 扣分 needs a reason; with one it counts: 乙 (30 − 6) / 60 = 40.
        await office.PostFormAsync(url, url + "/adjust", new() { ["kind"] = "Department", ["unitKey"] = B, ["points"] = "-6", ["reason"] = " " });
        Assert.Equal((80m, 50m), await TotalsAsync(site, id, A, B));
        await office.PostFormAsync(url, url + "/adjust", new() { ["kind"] = "Department", ["unitKey"] = B, ["points"] = "-6", ["reason"] = "查实虚报养殖数量" });
        Assert.Equal((80m, 40m), await TotalsAsync(site, id, A, B));

        Assert.Equal(HttpStatusCode.Redirect, (await office.PostFormAsync(url, url + "/freeze", [])).StatusCode);
        var frozen = (await Store(site, s => s.GetRoundAsync(id)))!;
        Assert.Equal(AssessmentRoundStatus.Frozen, frozen.Status);
        Assert.Matches("^[0-9a-f]{64}$", frozen.Sha256);

        // The indicators change; the frozen round does not, through the pages or the store.
        (completion[A], completion[B], onTime[A]) = (0m, 1m, 1m);
        var index = "/admin/assessment?year=2023";   // a frozen round's page has no forms left
        await office.PostFormAsync(index, url + "/recompute", []);
        var refused = await office.PostFormAsync(index, url + "/adjust", new() { ["kind"] = "Department", ["unitKey"] = A, ["points"] = "-50", ["reason"] = "再扣" });
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        await Assert.ThrowsAsync<AssessmentRefusedException>(() => Store(site, s => s.RecomputeAsync(id)));
        await Assert.ThrowsAsync<AssessmentRefusedException>(() => Store(site, s => s.AdjustAsync(id, AssessedUnitKind.Department, A, -1m, "再扣")));
        await Assert.ThrowsAsync<AssessmentRefusedException>(() => Store(site, s => s.FreezeAsync(id)));
        Assert.Equal((80m, 40m), await TotalsAsync(site, id, A, B));
        Assert.Equal(frozen.Sha256, (await Store(site, s => s.GetRoundAsync(id)))!.Sha256);
        Assert.Contains("已冻结", await office.GetPageAsync(url));

        // A unit sees its own row and none of another unit's, and cannot act or export.
        using var unit = await site.LoginAsync("unitb", CmsWebFactory.UserPassword);
        var own = await unit.GetPageAsync(url);
        Assert.Contains("测试乙局", own);
        Assert.DoesNotContain("测试甲局", own);
        Assert.Equal(HttpStatusCode.Forbidden, (await unit.GetAsync(url + "/export.xlsx")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await unit.GetAsync(form)).StatusCode);

        // The export: the ranking as computed, audited.
        var export = await office.GetAsync(url + "/export.xlsx");
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        using var book = new XLWorkbook(new MemoryStream(await export.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken)));
        var ranking = book.Worksheet("排名");
        Assert.Equal("测试甲局", ranking.Cell(2, 3).GetString());
        Assert.Equal(80m, ranking.Cell(2, 4).GetValue<decimal>());
        Assert.Equal("测试乙局", ranking.Cell(3, 3).GetString());
        Assert.Equal(40m, ranking.Cell(3, 4).GetValue<decimal>());
        var events = await site.WithServicesAsync(sp => sp.GetRequiredService<CmsDbContext>().Set<AuditEventRecord>()
            .Where(e => e.EventName.StartsWith("assessment.")).OrderBy(e => e.Id).Select(e => e.EventName).ToListAsync());
        Assert.Equal([AuditEvents.AssessmentSchemeSaved, AuditEvents.AssessmentRoundComputed, AuditEvents.AssessmentAdjusted,
            AuditEvents.AssessmentFrozen, AuditEvents.AssessmentExported], events);
    }

    private static Dictionary<string, string> Scheme(params (string Key, string Weight)[] rows)
    {
        var fields = new Dictionary<string, string>();
        for (var i = 0; i < rows.Length; i++)
        {
            fields[$"rows[{i}].Key"] = rows[i].Key;
            fields[$"rows[{i}].Included"] = "true";
            fields[$"rows[{i}].Weight"] = rows[i].Weight;
            fields[$"rows[{i}].AppliesTo"] = "Departments";
        }
        return fields;
    }

    private static async Task<(decimal, decimal)> TotalsAsync(CmsWebFactory site, int id, string a, string b)
    {
        var round = (await Store(site, s => s.GetRoundAsync(id)))!;
        return (round.Units.Single(u => u.Unit.Key == a).Total, round.Units.Single(u => u.Unit.Key == b).Total);
    }

    private static Task<T> Store<T>(CmsWebFactory site, Func<IAssessmentRounds, Task<T>> work) =>
        site.WithServicesAsync(sp => work(sp.GetRequiredService<IAssessmentRounds>()));

    private static Task Store(CmsWebFactory site, Func<IAssessmentRounds, Task> work) =>
        site.WithServicesAsync(async sp => { await work(sp.GetRequiredService<IAssessmentRounds>()); return true; });
}
