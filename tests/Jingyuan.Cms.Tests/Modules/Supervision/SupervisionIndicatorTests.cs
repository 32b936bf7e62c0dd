using System.Globalization;
using System.Net;
using Jingyuan.Cms.Assessment;
using Jingyuan.Cms.Content;
using Jingyuan.Cms.Modules.Supervision.Services;
using Jingyuan.Cms.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using static Jingyuan.Cms.Tests.Modules.Supervision.SupervisionSite;
using I = Jingyuan.Cms.Modules.Supervision.Models.SupervisionItemType;

namespace Jingyuan.Cms.Tests.Modules.Supervision;

/// <summary>
/// Crafted items of unit 甲 in November 2026: one closed on time, one returned once and closed late, one open
/// and not yet due, one returned and open. Then the indicator, the 工作台 and another unit's access.
/// </summary>
public sealed class SupervisionIndicatorTests
{
    [Theory, ClassData(typeof(Databases))]
    public async Task On_time_indicator_widget_and_other_units(TestDatabase database)
    {
        await using var s = await StartAsync(database, At(2026, 11, 2));
        string onTime, late, open, returned;
        using (var office = await s.Site.LoginAsync("office"))
        using (var unit = await s.Site.LoginAsync("unita"))
        {
            onTime = await s.RaiseAsync(office, "按期事项", new DateOnly(2026, 11, 5));
            late = await s.RaiseAsync(office, "逾期事项", new DateOnly(2026, 11, 4));
            open = await s.RaiseAsync(office, "未到期事项", new DateOnly(2026, 11, 30));
            returned = await s.RaiseAsync(office, "退回事项", new DateOnly(2026, 11, 30));
            foreach (var id in new[] { onTime, late, open, returned }) await Ok(StepAsync(office, id, "assign"));
            foreach (var id in new[] { onTime, late, returned })
            {
                await Ok(StepAsync(unit, id, "acknowledge"));
                await Ok(StepWithFileAsync(unit, id, "report", "已办理"));
            }
            await Ok(StepAsync(office, onTime, "close", new() { ["note"] = "同意" }));
            await Ok(StepAsync(office, late, "return", new() { ["reason"] = "材料不全" }));
            await Ok(StepWithFileAsync(unit, late, "report", "补充材料"));
            await Ok(StepAsync(office, returned, "return", new() { ["reason"] = "缺少现场照片" }));
        }
        s.MoveTo(At(2026, 11, 6));
        using (var office = await s.Site.LoginAsync("office")) await Ok(StepAsync(office, late, "close", new() { ["note"] = "同意" }));

        var results = await s.Site.WithServicesAsync(sp => sp.GetServices<IAssessmentIndicator>()
            .Single(i => i.Key == SupervisionOnTimeIndicator.IndicatorKey).EvaluateAsync(2026, TestContext.Current.CancellationToken));
        var result = Assert.Single(results);
        Assert.Equal(new AssessedUnit(AssessedUnitKind.Department, s.UnitA.ToString(CultureInfo.InvariantCulture), result.Unit.Name), result.Unit);
        Assert.Equal(0.5m, result.Attainment);   // 1 of 2 due; the open items are not due yet
        Assert.Contains(result.Facts, f => f.Text.Contains("逾期办结", StringComparison.Ordinal) && f.Url == I.AdminUrl(late) && f.Effect == -0.5m);
        Assert.Contains(result.Facts, f => f.Text.Contains("复核退回 1 次", StringComparison.Ordinal) && f.Url == I.AdminUrl(late));
        Assert.DoesNotContain(result.Facts, f => f.Url == I.AdminUrl(onTime) || f.Url == I.AdminUrl(open) || f.Url == I.AdminUrl(returned));

        using (var unit = await s.Site.LoginAsync("unita"))
        {
            var dashboard = await unit.GetPageAsync("/admin");
            Assert.Contains("本单位督办事项", dashboard);
            Assert.Contains("［待签收］未到期事项", dashboard);   // 签收 was due 11-04: red, listed first
            Assert.Contains("［退回］退回事项（理由：缺少现场照片）", dashboard);
            Assert.True(dashboard.IndexOf("未到期事项", StringComparison.Ordinal) < dashboard.IndexOf("退回事项（", StringComparison.Ordinal));
            Assert.DoesNotContain("按期事项", dashboard);
        }
        using (var office = await s.Site.LoginAsync("office"))
        {
            var dashboard = await office.GetPageAsync("/admin");
            Assert.Contains("督查督办（统筹）", dashboard);
            Assert.Contains("逾期：", dashboard);
        }
        using (var other = await s.Site.LoginAsync("unitb"))
        {
            var dashboard = await other.GetPageAsync("/admin");
            Assert.DoesNotContain("未到期事项", dashboard);
            Assert.DoesNotContain("退回事项", dashboard);
            Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync(I.AdminUrl(open))).StatusCode);
            var token = await other.TokenFromAsync("/admin");
            foreach (var action in new[] { "assign", "acknowledge", "progress", "report", "return", "close" })
            {
                var response = await other.PostWithTokenAsync($"{I.AdminUrl(open)}/{action}", token,
                    [KeyValuePair.Create("note", "越权"), KeyValuePair.Create("reason", "越权")]);
                Assert.True(response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound, $"{action}: {response.StatusCode}");
            }
        }
        Assert.Equal("交办", (await s.LatestAsync(open)).GetText(I.Stage));

        // The generic content editor (any save outside the module's actions) is refused, nothing changes.
        var error = await Assert.ThrowsAsync<ContentValidationException>(() => s.Site.WithContentAsync(async c =>
        {
            var item = (await c.GetLatestAsync(open))!;
            item.Set(I.Stage, "办结");
            return await c.SaveDraftAsync(item, null);
        }));
        Assert.Contains("只能在“督查督办”页面中办理", string.Join(" ", error.Errors.SelectMany(e => e.Value)));
        Assert.Equal("交办", (await s.LatestAsync(open)).GetText(I.Stage));
    }

    private static async Task Ok(Task<HttpResponseMessage> step) => Assert.Equal(HttpStatusCode.Redirect, (await step).StatusCode);
}
