using System.Net;
using Jingyuan.Cms.Audit;
using Jingyuan.Cms.Data;
using Jingyuan.Cms.Modules.Employment.Models;
using Jingyuan.Cms.Security;
using Jingyuan.Cms.Tests.Modules.Employment;
using Jingyuan.Cms.Tests.Modules.Industry;
using Jingyuan.Cms.Tests.Modules.SocialSecurity;
using Jingyuan.Cms.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Work = Jingyuan.Cms.Modules.Employment.Models.EmploymentRecord.Work;

namespace Jingyuan.Cms.Tests.Content;

/// <summary>
/// The reviewer publishes a month's submitted rows at once from the list: all or none, each audited,
/// the figures following; an editor cannot, and a draft among the ticked rows stops the whole batch.
/// </summary>
public sealed class BulkPublishTests
{
    private const string SubmittedWorkers = "/admin/content?type=" + nameof(EmploymentRecord) + "&status=Submitted";

    [Fact]
    public async Task A_reviewer_publishes_the_ticked_submitted_rows_together_and_a_draft_among_them_stops_all()
    {
        await using var site = new CmsWebFactory();
        await IndustryTestData.SeedPlanAsync(site);
        var humanResources = await SocialSecurityTestData.UnitAsync(site, "人社局");
        await site.CreateUserAsync("rsj", BuiltInRoles.DepartmentEditor, humanResources);
        await site.CreateUserAsync("shy", BuiltInRoles.Reviewer);
        var submitted = new List<string>();
        for (var n = 41; n <= 43; n++) submitted.Add(await SubmitAsync(site, n, humanResources));
        var draft = await site.WithContentAsync(async c =>
        {
            var item = await EmploymentTestData.NewWorkerAsync(site, 44, Work.InCounty);
            item.DepartmentId = humanResources;
            return (await c.SaveDraftAsync(item, null)).ContentItemId;
        });

        using var reviewer = await site.LoginAsync("shy");
        var list = await reviewer.GetPageAsync(SubmittedWorkers);
        Assert.Contains("审核通过并发布所选", list);
        Assert.All(submitted, id => Assert.Contains($"name=\"ids\" value=\"{id}\"", list));
        var token = await reviewer.TokenFromAsync(SubmittedWorkers);

        // A draft among the ticked rows: nothing is published, and the message names it.
        var refused = await reviewer.PostWithTokenAsync("/admin/content/publish-selected", token, Ids([.. submitted, draft]));
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Contains("不是待审核状态", await reviewer.GetPageAsync(refused.Headers.Location!.OriginalString));
        Assert.Equal(0m, await IndustryTestData.AchievedAsync(site, "11-transfer-employment"));

        // An editor may not publish, even their own unit's rows.
        using var editor = await site.LoginAsync("rsj");
        var editorToken = await editor.TokenFromAsync("/admin/content?type=" + nameof(EmploymentRecord));
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.PostWithTokenAsync("/admin/content/publish-selected", editorToken, Ids(submitted))).StatusCode);

        var done = await reviewer.PostWithTokenAsync("/admin/content/publish-selected", token, [.. Ids(submitted), KeyValuePair.Create("returnUrl", SubmittedWorkers)]);
        Assert.Equal(SubmittedWorkers, done.Headers.Location!.OriginalString);
        Assert.Contains("已审核通过并发布 3 条", await reviewer.GetPageAsync(SubmittedWorkers));
        Assert.Equal(3m, await IndustryTestData.AchievedAsync(site, "11-transfer-employment"));
        var approvals = await site.WithServicesAsync(sp => sp.GetRequiredService<CmsDbContext>().Set<AuditEventRecord>().AsNoTracking()
            .Where(e => e.EventName == AuditEvents.ContentApproved).Select(e => e.ContentItemId).ToListAsync());
        Assert.Equal(submitted.Order(), approvals.Order());
    }

    private static async Task<string> SubmitAsync(CmsWebFactory site, int n, int unit)
    {
        var item = await EmploymentTestData.NewWorkerAsync(site, n, Work.OutsideRegion);
        item.DepartmentId = unit;
        return await site.WithContentAsync(async c => (await c.SubmitAsync((await c.SaveDraftAsync(item, null)).ContentItemId)).ContentItemId);
    }

    private static IEnumerable<KeyValuePair<string, string>> Ids(IEnumerable<string> ids) => ids.Select(id => KeyValuePair.Create("ids", id));
}
