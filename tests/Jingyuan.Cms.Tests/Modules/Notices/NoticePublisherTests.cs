using System.Net;
using Jingyuan.Cms.Content;
using Jingyuan.Cms.Notices;
using Jingyuan.Cms.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Jingyuan.Cms.Tests.Modules.Notices;

public sealed class NoticePublisherTests
{
    [Theory, ClassData(typeof(Databases))]
    public async Task Another_module_submits_a_notice_that_waits_for_review(TestDatabase database)
    {
        await using var site = new CmsWebFactory(database);
        var (dept, _) = await TestContent.DepartmentsAsync(site);
        var today = NoticeTestData.Today;

        var id = await site.WithServicesAsync(sp => sp.GetRequiredService<INoticePublisher>().SubmitAsync(new NoticeDraft(
            "2023年度肉牛养殖补贴名单公示", NoticeKind.Publicity, dept, "<p>名单见附件。</p>",
            today, today.AddDays(6), ObjectionPhone: "0954-5011111")));

        var latest = await site.WithContentAsync(c => c.GetLatestAsync(id));
        Assert.NotNull(latest);
        Assert.Equal(ContentStatus.Submitted, latest.Status);
        Assert.Equal(dept, latest.DepartmentId);
        Assert.Equal("公示", latest.GetText("Kind"));
        Assert.Equal(dept, latest.GetInt("IssuingDepartment"));
        Assert.Null(await site.WithContentAsync(c => c.GetPublishedAsync(id)));

        var client = site.AnonymousClient();
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/notices/{id}")).StatusCode);
        Assert.DoesNotContain("肉牛养殖补贴名单公示", await client.GetPageAsync("/notices"));
        using var admin = await site.LoginAsync("admin");
        Assert.Matches(Widget(awaiting: 1, open: 0), await admin.GetPageAsync("/admin"));

        await site.WithContentAsync(c => c.SubmitAndPublishAsync(id));

        var detail = await client.GetPageAsync($"/notices/{id}");
        Assert.Contains("公示中，剩余7天", detail);
        Assert.Matches(Widget(awaiting: 0, open: 1), await admin.GetPageAsync("/admin"));
    }

    /// <summary>The dashboard's 公示公告 box: 待审核 and 公示中 counts.</summary>
    private static string Widget(int awaiting, int open) =>
        $"公示公告</h2>\\s*<dl[^>]*>\\s*<dt[^>]*>待审核</dt>\\s*<dd[^>]*>{awaiting}</dd>\\s*<dt[^>]*>公示中</dt>\\s*<dd[^>]*>{open}</dd>";
}
