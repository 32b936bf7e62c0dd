using System.Net;
using Jingyuan.Cms.Modules.Employment.Models;
using Jingyuan.Cms.Security;
using Jingyuan.Cms.Tests.Modules.Industry;
using Jingyuan.Cms.Tests.Modules.SocialSecurity;
using Jingyuan.Cms.Tests.TestSupport;
using Work = Jingyuan.Cms.Modules.Employment.Models.EmploymentRecord.Work;

namespace Jingyuan.Cms.Tests.Modules.Employment;

/// <summary>
/// 就业创业信息 are public (record page and the RSS feed next to the notices); the workers' ledger is not.
/// The chapter's ledgers go to its plan units: 人社局 keeps them, 民政局 (not a unit of chapter 二) does not.
/// </summary>
public sealed class EmploymentPublicTests
{
    [Fact]
    public async Task A_published_job_notice_is_on_its_page_and_in_the_feed_and_a_worker_row_is_nowhere()
    {
        await using var site = new CmsWebFactory();
        await IndustryTestData.SeedPlanAsync(site);
        var notice = await EmploymentTestData.PublishAsync(site, await EmploymentTestData.NewRecordAsync(site, nameof(JobNotice), "闽宁劳务协作招聘电子厂操作工",
            (nameof(JobNotice.Kind), "招聘信息"), (nameof(JobNotice.Body), "<p>福建某电子厂招聘操作工 50 名，包吃住。</p>"),
            (nameof(JobNotice.ReleasedOn), "2023-04-01"), (nameof(JobNotice.Contact), "0954-5011234")));
        var draft = await IndustryTestData.SaveAsync(site, await EmploymentTestData.NewRecordAsync(site, nameof(JobNotice), "尚未审核的招聘信息",
            (nameof(JobNotice.Kind), "招聘信息"), (nameof(JobNotice.Body), "<p>草稿</p>"), (nameof(JobNotice.ReleasedOn), "2023-04-02")));
        var worker = await EmploymentTestData.PublishAsync(site, await EmploymentTestData.NewWorkerAsync(site, 31, Work.OutsideRegion));

        using var anonymous = site.AnonymousClient();
        var page = await anonymous.GetPageAsync($"/records/{notice.ContentItemId}");
        Assert.Contains("福建某电子厂招聘操作工 50 名", page);
        var feed = await anonymous.GetPageAsync("/notices/feed");
        Assert.Contains("闽宁劳务协作招聘电子厂操作工", feed);
        Assert.Contains($"/records/{notice.ContentItemId}</link>", feed);
        Assert.Contains("<category>就业创业信息</category>", feed);
        Assert.DoesNotContain("尚未审核的招聘信息", feed);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/records/{draft.ContentItemId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/records/{worker.ContentItemId}")).StatusCode);
        Assert.DoesNotContain("马测31", feed);
    }

    [Fact]
    public async Task The_human_resources_bureau_keeps_the_workers_ledger_and_civil_affairs_does_not()
    {
        await using var site = new CmsWebFactory();
        await IndustryTestData.SeedPlanAsync(site);
        await site.CreateUserAsync("rsj", BuiltInRoles.DepartmentEditor, await SocialSecurityTestData.UnitAsync(site, "人社局"));
        await site.CreateUserAsync("mzj", BuiltInRoles.DepartmentEditor, await SocialSecurityTestData.UnitAsync(site, "民政局"));
        const string create = "/admin/content/new/" + nameof(EmploymentRecord);

        using var rsj = await site.LoginAsync("rsj");
        Assert.Equal(HttpStatusCode.OK, (await rsj.GetAsync(create)).StatusCode);
        using var mzj = await site.LoginAsync("mzj");
        Assert.Equal(HttpStatusCode.Forbidden, (await mzj.GetAsync(create)).StatusCode);
    }
}
