using System.Net;
using Jingyuan.Cms.Assessment;
using Jingyuan.Cms.Content;
using Jingyuan.Cms.Data;
using Jingyuan.Cms.Departments;
using Jingyuan.Cms.Modules.Supervision.Models;
using Jingyuan.Cms.Modules.Supervision.Services;
using Jingyuan.Cms.Plan;
using Jingyuan.Cms.Security;
using Jingyuan.Cms.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using static Jingyuan.Cms.Tests.Modules.Supervision.InspectionRoundTests;
using static Jingyuan.Cms.Tests.Modules.Supervision.SupervisionSite;
using I = Jingyuan.Cms.Modules.Supervision.Models.SupervisionItemType;
using V = Jingyuan.Cms.Modules.Supervision.Models.LeaderVisitType;

namespace Jingyuan.Cms.Tests.Modules.Supervision;

/// <summary>
/// Township 测试乡 holds site 东坡 (leaders of 2026 at three levels); 西坡 lies in another township. The office and
/// the township's user log visits; the office raises a 督办事项 from one; the 包抓 indicator counts the visits.
/// Rule: a township user logs visits of its own township's sites only; only the office raises items from a visit.
/// </summary>
public sealed class LeaderVisitTests
{
    [Theory, ClassData(typeof(Databases))]
    public async Task Visits_raise_items_from_the_stored_visit_and_count_for_assessment(TestDatabase database)
    {
        await using var s = await StartAsync(database, At(2026, 9, 30));
        var (east, west, townshipId) = await s.Site.WithServicesAsync(async sp =>
        {
            var db = sp.GetRequiredService<CmsDbContext>();
            var township = new Department { Name = "测试乡", Kind = DepartmentKind.Township };
            db.Add(township);
            var eastSite = new ResettlementSite { Name = "东坡", Township = "测试乡", Village = "东坡" };
            eastSite.Leaders.AddRange([
                new SiteLeader { Year = 2026, Level = LeaderLevel.County, Name = "张县长", Position = "副县长" },
                new SiteLeader { Year = 2026, Level = LeaderLevel.Township, Name = "李乡长", Position = "乡长" },
                new SiteLeader { Year = 2026, Level = LeaderLevel.Village, Name = "王书记", Position = "村党支部书记" },
                new SiteLeader { Year = 2025, Level = LeaderLevel.County, Name = "前任县长", Position = "副县长" },
            ]);
            var westSite = new ResettlementSite { Name = "西坡", Township = "别乡", Village = "西坡" };
            westSite.Leaders.Add(new SiteLeader { Year = 2026, Level = LeaderLevel.County, Name = "赵县长", Position = "副县长" });
            db.AddRange(eastSite, westSite);
            await db.SaveChangesAsync();
            return (eastSite, westSite, township.Id);
        });
        await s.Site.CreateUserAsync("township", BuiltInRoles.DepartmentEditor, townshipId);
        int Leader(ResettlementSite site, string name) => site.Leaders.Single(l => l.Name == name).Id;

        using var office = await s.Site.LoginAsync("office");
        var form = await office.GetPageAsync($"/admin/supervision/visits/new?year=2026&site={east.Id}");
        Assert.Contains("张县长", form);
        Assert.Contains("李乡长", form);
        Assert.Contains("王书记", form);
        Assert.DoesNotContain("前任县长", form);   // another year's leader

        // A leader of another site is refused, with the field named.
        var wrong = await LogAsync(office, east.Id, Leader(west, "赵县长"), "2026-09-29");
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Contains("请选择“东坡”2026年度的包抓领导", await wrong.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        var logged = await LogAsync(office, east.Id, Leader(east, "李乡长"), "2026-09-29");
        Assert.Equal(HttpStatusCode.Redirect, logged.StatusCode);
        var visitId = logged.Headers.Location!.ToString().Split('/')[^1];
        var visit = await s.LatestAsync(visitId);
        Assert.Equal("李乡长", visit.GetText(V.Leader));
        Assert.Equal(east.Id, visit.GetInt(V.SiteId));
        Assert.Equal(townshipId, visit.DepartmentId);

        // 立项督办: the form posts another site and source; the item takes the visit's.
        var visitUrl = V.AdminUrl(visitId);
        var raised = await office.PostFormAsync($"{visitUrl}/items/new", $"{visitUrl}/items/new", new()
        {
            ["Title"] = "东坡安置区道路破损", ["Source"] = I.FromOther, ["SiteId"] = Id(west.Id), ["Leader"] = "赵县长",
            ["Content"] = "走访发现道路破损，请限期修复", ["LeadUnitId"] = Id(s.UnitA), ["Deadline"] = "2026-10-30", ["Priority"] = "一般",
        });
        Assert.Equal(HttpStatusCode.Redirect, raised.StatusCode);
        var itemId = raised.Headers.Location!.ToString().Split('/')[^1];
        var item = await s.LatestAsync(itemId);
        Assert.Equal(I.FromVisit, item.GetText(I.Source));
        Assert.Equal(east.Id, item.GetInt(I.SiteId));
        Assert.Equal(visitId, item.GetText(I.SourceRecord));
        var origin = SupervisionStep.Of(item)[0].Note;
        Assert.Contains("李乡长", origin);
        Assert.DoesNotContain("赵县长", origin);
        var visitPage = await office.GetPageAsync(visitUrl);
        Assert.Equal("立项", StageOf(visitPage, itemId));
        Assert.Contains("乡镇级 李乡长（乡长）", visitPage);

        // The township's user logs a visit of its own site, not of another township's, and raises nothing.
        using (var township = await s.Site.LoginAsync("township"))
        {
            Assert.Equal(HttpStatusCode.Redirect, (await LogAsync(township, east.Id, Leader(east, "张县长"), "2026-09-30")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await LogAsync(township, west.Id, Leader(west, "赵县长"), "2026-09-30",
                $"/admin/supervision/visits/new?year=2026&site={east.Id}")).StatusCode);
            Assert.DoesNotContain("西坡", await township.GetPageAsync("/admin/supervision/visits/new?year=2026"));
            Assert.Equal(HttpStatusCode.Forbidden, (await township.GetAsync($"{visitUrl}/items/new")).StatusCode);
            var refused = await township.PostWithTokenAsync($"{visitUrl}/items/new", await township.TokenFromAsync(visitUrl),
            [
                KeyValuePair.Create("Title", "越权"), KeyValuePair.Create("Content", "越权"), KeyValuePair.Create("LeadUnitId", Id(s.UnitA)),
                KeyValuePair.Create("Deadline", "2026-10-30"), KeyValuePair.Create("Priority", "一般"),
            ]);
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
            Assert.Contains("张县长", await township.GetPageAsync("/admin/supervision/visits?year=2026"));
        }
        using (var bureau = await s.Site.LoginAsync("unita"))
            Assert.Equal(HttpStatusCode.Forbidden, (await bureau.GetAsync("/admin/supervision/visits/new")).StatusCode);

        // Visits are written through the visit page only.
        var error = await Assert.ThrowsAsync<ContentValidationException>(() => s.Site.WithContentAsync(async c =>
        {
            var stored = (await c.GetLatestAsync(visitId))!;
            stored.Set(V.Leader, "赵县长");
            return await c.SaveDraftAsync(stored, null);
        }));
        Assert.Contains("只能在“督查督办”页面中记录", string.Join(" ", error.Errors.SelectMany(e => e.Value)));

        // 考核: Q1–Q3 elapsed, three leaders of 东坡 owe 9 visits; 李乡长 and 张县长 made theirs in Q3.
        var results = await s.Site.WithServicesAsync(sp => sp.GetServices<IAssessmentIndicator>()
            .Single(i => i.Key == LeaderVisitsIndicator.IndicatorKey).EvaluateAsync(2026, TestContext.Current.CancellationToken));
        var ours = Assert.Single(results, r => r.Unit.Key == "测试乡");
        Assert.Equal(0.2222m, ours.Attainment);
        Assert.Contains(ours.Facts, f => f.Text == "应走访 9 次，已走访 2 次");
        Assert.Contains(ours.Facts, f => f.Text.Contains("王书记", StringComparison.Ordinal) && f.Text.Contains("第3季度", StringComparison.Ordinal));
        Assert.DoesNotContain(ours.Facts, f => f.Text.Contains("李乡长", StringComparison.Ordinal) && f.Text.Contains("第3季度", StringComparison.Ordinal));
        Assert.Equal(0m, Assert.Single(results, r => r.Unit.Key == "别乡").Attainment);
    }

    private static async Task<HttpResponseMessage> LogAsync(TestClient client, int site, int leader, string day, string? formPage = null) =>
        await client.PostFormAsync(formPage ?? $"/admin/supervision/visits/new?year=2026&site={site}", "/admin/supervision/visits/new", new()
        {
            ["SiteId"] = Id(site), ["LeaderId"] = Id(leader), ["VisitedOn"] = day, ["Findings"] = "安置区道路破损，群众出行不便",
        });
}
