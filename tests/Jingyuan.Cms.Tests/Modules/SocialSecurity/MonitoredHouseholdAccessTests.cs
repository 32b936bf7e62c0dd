using System.Net;
using Jingyuan.Cms.Content;
using Jingyuan.Cms.Modules.SocialSecurity.Models;
using Jingyuan.Cms.Security;
using Jingyuan.Cms.Tests.Modules.Industry;
using Jingyuan.Cms.Tests.Security;
using Jingyuan.Cms.Tests.TestSupport;

namespace Jingyuan.Cms.Tests.Modules.SocialSecurity;

/// <summary>
/// “Only 民政局, 乡村振兴局 and the reviewer see 防返贫监测对象 households”: the ledger is declared
/// KeptBy 民政局 and ViewedBy 乡村振兴局, so the chapter's other units (人社局 leads task 20, the townships
/// are responsible for all three tasks) neither see nor write it, whatever the caller.
/// </summary>
public sealed class MonitoredHouseholdAccessTests
{
    private const string CreatePage = "/admin/content/new/" + nameof(MonitoredHousehold);
    private const string ListPage = "/admin/content?type=" + nameof(MonitoredHousehold);

    [Fact]
    public async Task Only_civil_affairs_keeps_monitored_households_and_rural_revitalisation_views_them()
    {
        await using var site = new CmsWebFactory();
        await IndustryTestData.SeedPlanAsync(site);
        var civilAffairs = await SocialSecurityTestData.UnitAsync(site, "民政局");
        var revitalisation = await SocialSecurityTestData.UnitAsync(site, "乡村振兴局");
        var humanResources = await SocialSecurityTestData.UnitAsync(site, "人社局");
        var township = await SocialSecurityTestData.UnitAsync(site, "香水镇");
        await site.CreateUserAsync("mzj", BuiltInRoles.DepartmentEditor, civilAffairs);
        await site.CreateUserAsync("xczx", BuiltInRoles.DepartmentEditor, revitalisation);
        await site.CreateUserAsync("rsj", BuiltInRoles.DepartmentEditor, humanResources);
        await site.CreateUserAsync("xsz", BuiltInRoles.DepartmentEditor, township);
        await site.CreateUserAsync("shy", BuiltInRoles.Reviewer);

        // 民政局 creates, by form and engine, and submits.
        using var mzj = await site.LoginAsync("mzj");
        Assert.Equal(HttpStatusCode.OK, (await mzj.GetAsync(CreatePage)).StatusCode);
        var household = await SocialSecurityTestData.NewHouseholdAsync(site, "马某某", 21);
        household.DepartmentId = civilAffairs;
        var saved = await site.AsUserAsync("mzj", BuiltInRoles.DepartmentEditor, civilAffairs, c => c.SaveDraftAsync(household, null));
        await site.AsUserAsync("mzj", BuiltInRoles.DepartmentEditor, civilAffairs, c => c.SubmitAsync(saved.ContentItemId));
        Assert.Contains(saved.ContentItemId, await mzj.GetPageAsync(ListPage));
        var edit = $"/admin/content/{saved.ContentItemId}/edit";
        var history = $"/admin/content/{saved.ContentItemId}/history";

        // 人社局 (task 20's lead) and a township (responsible for tasks 20–22) neither see nor create one.
        foreach (var (user, unit) in new[] { ("rsj", humanResources), ("xsz", township) })
        {
            using var client = await site.LoginAsync(user);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(CreatePage)).StatusCode);
            Assert.True(IsDenied(await client.GetAsync(edit)), $"{user} opened the edit page");
            Assert.True(IsDenied(await client.GetAsync(history)), $"{user} opened the record");
            var list = await client.GetAsync(ListPage);
            Assert.True(IsDenied(list) || !(await list.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).Contains(saved.ContentItemId), $"{user} listed it");
            var own = await SocialSecurityTestData.NewHouseholdAsync(site, "禹某某", 22);
            own.DepartmentId = unit;
            await Assert.ThrowsAsync<ContentForbiddenException>(() =>
                site.AsUserAsync(user, BuiltInRoles.DepartmentEditor, unit, c => c.SaveDraftAsync(own, null)));
        }

        // 乡村振兴局 views the record but writes none; the reviewer sees it.
        using var xczx = await site.LoginAsync("xczx");
        Assert.Equal(HttpStatusCode.OK, (await xczx.GetAsync(history)).StatusCode);
        Assert.True(IsDenied(await xczx.GetAsync(edit)));
        Assert.Equal(HttpStatusCode.Forbidden, (await xczx.GetAsync(CreatePage)).StatusCode);
        var viewed = await site.AsUserAsync("xczx", BuiltInRoles.DepartmentEditor, revitalisation, c => c.GetLatestAsync(saved.ContentItemId));
        Assert.NotNull(viewed);
        using var reviewer = await site.LoginAsync("shy");
        Assert.Equal(HttpStatusCode.OK, (await reviewer.GetAsync(history)).StatusCode);
        Assert.Contains(saved.ContentItemId, await reviewer.GetPageAsync(ListPage));

        // The chapter's other ledgers still go to its plan units: 人社局 keeps 养老保险关系转移.
        using var rsj = await site.LoginAsync("rsj");
        Assert.Equal(HttpStatusCode.OK, (await rsj.GetAsync("/admin/content/new/" + nameof(PensionTransfer))).StatusCode);
    }

    private static bool IsDenied(HttpResponseMessage response) =>
        response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound;
}
