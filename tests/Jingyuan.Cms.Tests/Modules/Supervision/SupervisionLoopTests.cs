using System.Net;
using Jingyuan.Cms.Audit;
using Jingyuan.Cms.Content;
using Jingyuan.Cms.Data;
using Jingyuan.Cms.Modules.Supervision.Models;
using Jingyuan.Cms.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Jingyuan.Cms.Tests.Modules.Supervision.SupervisionSite;

namespace Jingyuan.Cms.Tests.Modules.Supervision;

/// <summary>
/// The whole loop on a fake clock across the 2026 National Day holidays (10-01, 10-02 off, Saturday 10-10 worked):
/// assigned Wednesday 09-30, 签收 is due two working days later on Tuesday 10-06 (not Friday 10-02);
/// the deadline Monday 10-12 turns yellow three working days before, on Thursday 10-08 (the Saturday counts).
/// </summary>
public sealed class SupervisionLoopTests
{
    [Theory, ClassData(typeof(Databases))]
    public async Task The_loop_runs_with_the_light_at_each_step(TestDatabase database)
    {
        await using var s = await StartAsync(database, At(2026, 9, 30));
        // Sessions expire on the fake clock too: each day signs in afresh.
        TestClient office = await s.Site.LoginAsync("office"), unit = await s.Site.LoginAsync("unita");
        async Task DayAsync(int month, int day)
        {
            office.Dispose();
            unit.Dispose();
            s.MoveTo(At(2026, month, day));
            (office, unit) = (await s.Site.LoginAsync("office"), await s.Site.LoginAsync("unita"));
        }
        var id = await s.RaiseAsync(office, "安置区饮水工程整改", new DateOnly(2026, 10, 12));
        Assert.Equal(("None", "立项"), await PageAsync(office, id));

        Assert.Equal(HttpStatusCode.Redirect, (await StepAsync(office, id, "assign", new() { ["note"] = "请按期办理" })).StatusCode);
        var assigned = await s.LatestAsync(id);
        Assert.Equal("2026-10-06", assigned.GetText(SupervisionItemType.SignDue));
        Assert.Equal("2026-10-08", assigned.GetText(SupervisionItemType.YellowFrom));
        Assert.Equal(("Green", "交办"), await PageAsync(unit, id));

        await DayAsync(10, 6);
        Assert.Equal(("Green", "交办"), await PageAsync(unit, id));
        await DayAsync(10, 7);
        Assert.Equal(("Red", "交办"), await PageAsync(unit, id));   // 签收 overdue
        Assert.Contains(id, await unit.GetPageAsync("/admin/supervision?light=Red"));

        Assert.Equal(HttpStatusCode.Redirect, (await StepAsync(unit, id, "acknowledge")).StatusCode);
        Assert.Equal(("Green", "签收"), await PageAsync(unit, id));

        await DayAsync(10, 8);
        Assert.Equal(HttpStatusCode.Redirect, (await StepWithFileAsync(unit, id, "progress", "已完成管网铺设", "2026-10-08")).StatusCode);
        Assert.Equal(("Yellow", "办理"), await PageAsync(unit, id));
        Assert.Contains(id, await office.GetPageAsync("/admin/supervision?light=Yellow"));
        Assert.DoesNotContain(id, await office.GetPageAsync("/admin/supervision?light=Red"));

        await DayAsync(10, 10);
        Assert.Equal(HttpStatusCode.Redirect, (await StepWithFileAsync(unit, id, "report", "已全部整改到位")).StatusCode);
        Assert.Equal(("Yellow", "反馈"), await PageAsync(office, id));

        await DayAsync(10, 13);
        var noReason = await StepAsync(office, id, "return", new() { ["reason"] = " " });
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Contains("退回须填写理由", await noReason.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal("反馈", (await s.LatestAsync(id)).GetText(SupervisionItemType.Stage));

        Assert.Equal(HttpStatusCode.Redirect, (await StepAsync(office, id, "return", new() { ["reason"] = "缺少水质检测报告" })).StatusCode);
        Assert.Equal(("Red", "办理"), await PageAsync(unit, id));   // late now
        Assert.Equal(HttpStatusCode.Redirect, (await StepWithFileAsync(unit, id, "report", "补充水质检测报告")).StatusCode);

        await DayAsync(10, 14);
        Assert.Equal(HttpStatusCode.Redirect, (await StepAsync(office, id, "close", new() { ["note"] = "同意销号" })).StatusCode);
        Assert.Equal(("None", "办结"), await PageAsync(office, id));

        var closed = await s.LatestAsync(id);
        Assert.Equal("2026-10-14", closed.GetText(SupervisionItemType.ClosedOn));
        Assert.Equal(1, closed.GetInt(SupervisionItemType.ReturnCount));
        var steps = SupervisionStep.Of(closed);
        Assert.Equal(["立项", "交办", "签收", "办理", "反馈", "退回", "反馈", "办结"], steps.Select(x => x.Kind));
        Assert.Equal(["office", "office", "unita", "unita", "unita", "office", "unita", "office"], steps.Select(x => x.User));
        Assert.Equal(new DateOnly(2026, 10, 8), steps[3].Date);
        Assert.Equal("缺少水质检测报告", steps[5].Note);
        Assert.Equal(3, closed.GetFiles(SupervisionItemType.Evidence).Count);
        Assert.All(closed.GetFiles(SupervisionItemType.Evidence), f => Assert.Equal("image/png", f.ContentType));

        var audited = await s.Site.WithServicesAsync(sp => sp.GetRequiredService<CmsDbContext>().Set<AuditEventRecord>()
            .CountAsync(e => e.EventName == AuditEvents.SupervisionStep && e.ContentItemId == id, TestContext.Current.CancellationToken));
        Assert.Equal(8, audited);
        office.Dispose();
        unit.Dispose();
    }
}
