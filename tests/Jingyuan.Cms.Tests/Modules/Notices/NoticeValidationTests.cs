using System.Net;
using Jingyuan.Cms.Content;
using Jingyuan.Cms.Tests.TestSupport;

namespace Jingyuan.Cms.Tests.Modules.Notices;

public sealed class NoticeValidationTests
{
    [Fact]
    public async Task A_publicity_without_period_or_contact_is_refused_on_those_fields()
    {
        await using var site = new CmsWebFactory();
        var (dept, _) = await TestContent.DepartmentsAsync(site);

        var error = await Assert.ThrowsAsync<ContentValidationException>(() =>
            NoticeTestData.DraftAsync(site, "拟享受搬迁补助人员名单公示", "公示", dept));

        Assert.Contains("开始日期", error.Errors["PeriodStart"][0]);
        Assert.Contains("截止日期", error.Errors["PeriodEnd"][0]);
        Assert.Contains("异议联系电话或异议联系地址", error.Errors["ObjectionPhone"][0]);
        Assert.Contains("ObjectionAddress", error.Errors.Keys);
        var all = await site.WithContentAsync(c => c.QueryAsync(new ContentQuery { ContentTypes = ["Notice"] }));
        Assert.Equal(0, all.Total);
    }

    [Fact]
    public async Task A_period_ending_before_it_starts_is_refused_and_other_kinds_need_no_period()
    {
        await using var site = new CmsWebFactory();
        var (dept, _) = await TestContent.DepartmentsAsync(site);

        var error = await Assert.ThrowsAsync<ContentValidationException>(() => NoticeTestData.DraftAsync(site,
            "倒置的公示期", "公示", dept, new DateOnly(2023, 5, 10), new DateOnly(2023, 5, 9), address: "县政府"));
        Assert.Equal(["PeriodEnd"], error.Errors.Keys);
        Assert.Contains("不能早于开始日期", error.Errors["PeriodEnd"][0]);

        // A one-day 公示 and a 公告 without any period are both fine; 发布日期 defaults to today.
        await NoticeTestData.DraftAsync(site, "一日公示", "公示", dept, new DateOnly(2023, 5, 10), new DateOnly(2023, 5, 10), phone: "12345");
        var announcement = await NoticeTestData.DraftAsync(site, "关于开展培训的公告", "公告", dept);
        Assert.Equal(NoticeTestData.Iso(NoticeTestData.Today), announcement.GetText("PublishDate"));
    }

    [Fact]
    public async Task The_generic_editor_shows_the_errors_next_to_the_fields()
    {
        await using var site = new CmsWebFactory();
        var (dept, _) = await TestContent.DepartmentsAsync(site);
        using var admin = await site.LoginAsync("admin");

        var response = await admin.PostFormAsync("/admin/content/new/Notice", "/admin/content/new/Notice", new()
        {
            ["DisplayText"] = "名单公示", ["Year"] = "2023", ["departmentId"] = dept.ToString(),
            ["f.Kind"] = "公示", ["f.IssuingDepartment"] = dept.ToString(), ["f.Body"] = "<p>正文</p>",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Matches("id=\"field-PeriodStart-error\"[^>]*>[^<]*<span[^>]*>[^<]*公示须填写公示开始日期", html);
        Assert.Matches("id=\"field-ObjectionPhone-error\"[^>]*>[^<]*<span[^>]*>[^<]*异议联系电话", html);
    }

    [Fact]
    public async Task A_department_editor_starts_a_notice_issued_by_their_own_department()
    {
        await using var site = new CmsWebFactory();
        var (own, other) = await TestContent.DepartmentsAsync(site);
        await site.CreateUserAsync("notice-editor", Jingyuan.Cms.Security.BuiltInRoles.DepartmentEditor, own);
        using var editor = await site.LoginAsync("notice-editor", CmsWebFactory.UserPassword);
        using var admin = await site.LoginAsync("admin");

        var editorForm = await editor.GetPageAsync("/admin/content/new/Notice");
        var adminForm = await admin.GetPageAsync("/admin/content/new/Notice");

        Assert.Matches($"id=\"field-IssuingDepartment\"(?:(?!</select>).)*<option value=\"{own}\" selected=\"selected\">", editorForm.Replace("\n", ""));
        Assert.DoesNotMatch("id=\"field-IssuingDepartment\"(?:(?!</select>).)*selected=\"selected\"", adminForm.Replace("\n", ""));
        Assert.DoesNotContain($"<option value=\"{other}\" selected", editorForm);
    }
}
