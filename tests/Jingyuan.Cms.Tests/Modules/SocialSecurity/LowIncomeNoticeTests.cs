using System.Net;
using Jingyuan.Cms.Audit;
using Jingyuan.Cms.Content;
using Jingyuan.Cms.Modules.SocialSecurity.Models;
using Jingyuan.Cms.People;
using Jingyuan.Cms.Security;
using Jingyuan.Cms.Tests.Admin;
using Jingyuan.Cms.Tests.Modules.Industry;
using Jingyuan.Cms.Tests.TestSupport;

namespace Jingyuan.Cms.Tests.Modules.SocialSecurity;

/// <summary>
/// 低保公示: 民政局 picks a month and township; the notice lists that township's published 低保 cases active in
/// the month with masked names, household size, amount and village, goes through the notices review, and the
/// public notice shows its 公示期 and objection contact but never an ID number, phone, household head or full name.
/// </summary>
public sealed class LowIncomeNoticeTests
{
    private const string Page = "/admin/chapters/social-security/low-income-notice";
    private const string November = Page + "?year=2023&month=11&township=香水镇";

    [Fact]
    public async Task Civil_affairs_drafts_the_months_notice_the_reviewer_publishes_it_with_masked_names_only()
    {
        await using var site = new CmsWebFactory();
        await IndustryTestData.SeedPlanAsync(site);
        var civilAffairs = await SocialSecurityTestData.UnitAsync(site, "民政局");
        var village = await SocialSecurityTestData.SiteIdAsync(site, 0);
        var listed = await CaseAsync(site, civilAffairs, "马小明", 31, "低保", "香水镇", "2023-01-01", null, village);
        await CaseAsync(site, civilAffairs, "禹海燕", 32, "低保", "香水镇", "2023-03-01", "2023-10-31", village);   // ended before November
        await CaseAsync(site, civilAffairs, "杨春风", 33, "低保", "香水镇", "2023-12-01", null, village);          // starts after it
        await CaseAsync(site, civilAffairs, "兰花花", 34, "特困", "香水镇", "2023-01-01", null, village);          // another kind
        await CaseAsync(site, civilAffairs, "海军强", 35, "低保", "泾河源镇", "2023-01-01", null, village);        // another township
        await CaseAsync(site, civilAffairs, "李娟娟", 36, "低保", "香水镇", "2023-01-01", null, village, publish: false);
        var ongoing = await CaseAsync(site, civilAffairs, "马晓", 37, "低保", "香水镇", "2023-06-01", "2023-11-15", village);
        await site.CreateUserAsync("mzj", BuiltInRoles.DepartmentEditor, civilAffairs);
        using var mzj = await site.LoginAsync("mzj");

        var page = await mzj.GetPageAsync(November);
        Assert.Contains("马*明", page);
        Assert.Contains("马*", page);
        foreach (var hidden in Secrets(listed).Concat(["禹*燕", "杨*风", "兰*花", "海*强", "李*娟"])) Assert.DoesNotContain(hidden, page);

        var response = await mzj.PostFormAsync(November, Page, new()
        {
            ["Year"] = "2023", ["Month"] = "11", ["Township"] = "香水镇",
            ["PeriodStart"] = "2023-12-01", ["PeriodEnd"] = "2023-12-07", ["ObjectionPhone"] = "0954-5012345", ["ObjectionAddress"] = "泾源县民政局社会救助股",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var notice = Assert.Single(await site.WithContentAsync(async c => (await c.QueryAsync(new ContentQuery { ContentTypes = ["Notice"] })).Items));
        Assert.Equal(ContentStatus.Submitted, notice.Status);
        Assert.Equal(civilAffairs, notice.GetInt("IssuingDepartment"));
        Assert.Equal("香水镇2023年11月城乡最低生活保障对象公示", notice.DisplayText);
        var body = notice.GetText("Body")!;
        Assert.Contains("<td>马*明</td><td>4</td><td>680</td>", body);
        Assert.Contains("<td>马*</td>", body);
        Assert.Contains("共 2 户", body);
        var audit = Assert.Single(await site.AuditAsync(AuditEvents.NoticeComposed));
        Assert.Equal(nameof(AssistanceCase), audit.ContentType);
        Assert.Equal("mzj", audit.UserName);

        await site.WithContentAsync(c => c.PublishAsync(notice.ContentItemId));
        var html = await site.CreateClient().GetStringAsync($"/notices/{notice.ContentItemId}", TestContext.Current.CancellationToken);
        Assert.Contains("马*明", html);
        Assert.Contains("2023-12-01 至 2023-12-07", html);
        Assert.Contains("0954-5012345", html);
        Assert.Contains("泾源县民政局社会救助股", html);
        foreach (var hidden in Secrets(listed).Concat(Secrets(ongoing))) Assert.DoesNotContain(hidden, html);
    }

    [Fact]
    public async Task Units_that_keep_no_assistance_cases_cannot_draft_it_and_bad_input_is_refused_by_field()
    {
        await using var site = new CmsWebFactory();
        await IndustryTestData.SeedPlanAsync(site);
        var civilAffairs = await SocialSecurityTestData.UnitAsync(site, "民政局");
        var humanResources = await SocialSecurityTestData.UnitAsync(site, "人社局");
        await CaseAsync(site, civilAffairs, "马小明", 31, "低保", "香水镇", "2023-01-01", null, await SocialSecurityTestData.SiteIdAsync(site, 0));
        await site.CreateUserAsync("rsj", BuiltInRoles.DepartmentEditor, humanResources);
        await site.CreateUserAsync("mzj", BuiltInRoles.DepartmentEditor, civilAffairs);
        var form = new Dictionary<string, string>
        {
            ["Year"] = "2023", ["Month"] = "11", ["Township"] = "香水镇", ["DepartmentId"] = civilAffairs.ToString(),
            ["PeriodStart"] = "2023-12-01", ["PeriodEnd"] = "2023-12-07", ["ObjectionPhone"] = "0954-5012345",
        };

        using (var rsj = await site.LoginAsync("rsj"))
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await rsj.GetAsync(November)).StatusCode);
            var token = await rsj.TokenFromAsync("/admin");
            Assert.Equal(HttpStatusCode.Forbidden, (await rsj.PostWithTokenAsync(Page, token, form)).StatusCode);
        }

        using var mzj = await site.LoginAsync("mzj");
        form.Remove("ObjectionPhone");
        form["PeriodEnd"] = "2023-11-20";
        var refused = await mzj.PostFormAsync(November, Page, form);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var html = await refused.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Matches("id=\"PeriodEnd-error\"[^>]*>[^<]*<span[^>]*>[^<]*不能早于开始日期", html);
        Assert.Matches("id=\"ObjectionPhone-error\"[^>]*>[^<]*<span[^>]*>[^<]*异议联系电话", html);
        form["PeriodEnd"] = "2023-12-07";
        form["ObjectionPhone"] = "0954-5012345";
        form["Month"] = "13";
        var badMonth = await mzj.PostFormAsync(November, Page, form);
        Assert.Equal(HttpStatusCode.BadRequest, badMonth.StatusCode);
        Assert.Contains("月份应在1至12之间", await badMonth.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        form["Month"] = "11";
        form["Township"] = "黄花乡";
        form["PeriodEnd"] = "2023-12-07";
        form["ObjectionPhone"] = "0954-5012345";
        var empty = await mzj.PostFormAsync(November, Page, form);
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Contains("没有在保且已发布的低保记录", await empty.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Empty(await site.WithContentAsync(async c => (await c.QueryAsync(new ContentQuery { ContentTypes = ["Notice"] })).Items));
        Assert.Empty(await site.AuditAsync(AuditEvents.NoticeComposed));
    }

    /// <summary>What must never reach the notice: the full name, ID number, phone and household head.</summary>
    private static IEnumerable<string> Secrets(ContentItem item) =>
        [item.GetText(nameof(PersonRecord.PersonName))!, item.GetText(nameof(PersonRecord.PersonIdNumber))!,
         item.GetText(nameof(PersonRecord.PersonPhone))!, item.GetText(nameof(PersonRecord.PersonHousehold))!];

    private static async Task<ContentItem> CaseAsync(CmsWebFactory site, int unit, string name, int n, string kind, string township,
        string from, string? to, int village, bool publish = true)
    {
        var item = await site.WithContentAsync(c => c.NewAsync(nameof(AssistanceCase)));
        item.DisplayText = $"救助 {n}";
        item.Year = IndustryTestData.Year;
        item.DepartmentId = unit;
        item.Set(nameof(PersonRecord.PersonName), name).Set(nameof(PersonRecord.PersonIdNumber), SocialSecurityTestData.IdNumber(n))
            .Set(nameof(PersonRecord.PersonPhone), $"13909541{n:D3}").Set(nameof(PersonRecord.PersonHousehold), name[..1] + "大山")
            .Set(nameof(PersonRecord.PersonSite), village)
            .Set(nameof(AssistanceCase.HouseholdSize), 4m).Set(nameof(AssistanceCase.Kind), kind).Set(nameof(AssistanceCase.MonthlyAmountYuan), 680m)
            .Set(nameof(AssistanceCase.FromDate), from).Set(nameof(AssistanceCase.ToDate), to).Set(nameof(AssistanceCase.Township), township);
        var saved = await IndustryTestData.SaveAsync(site, item);
        return publish ? await IndustryTestData.PublishAsync(site, saved.ContentItemId) : saved;
    }
}
