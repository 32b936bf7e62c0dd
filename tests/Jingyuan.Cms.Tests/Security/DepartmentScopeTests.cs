using System.Net;
using Jingyuan.Cms.Content;
using Jingyuan.Cms.Security;
using Jingyuan.Cms.Tests.TestSupport;

namespace Jingyuan.Cms.Tests.Security;

/// <summary>Department scoping is enforced on the server: URLs typed by hand change nothing.</summary>
public sealed class DepartmentScopeTests
{
    [Theory, ClassData(typeof(Databases))]
    public async Task An_editor_cannot_see_or_change_another_departments_item(TestDatabase database)
    {
        await using var site = new CmsWebFactory(database);
        await TestContent.DefineTypeAsync(site);
        var (deptA, deptB) = await TestContent.DepartmentsAsync(site);
        var own = await TestContent.DraftAsync(site, "本部门项目", 5, deptA);
        var other = await TestContent.DraftAsync(site, "他部门项目", 7, deptB);
        await site.CreateUserAsync("wang", BuiltInRoles.DepartmentEditor, deptA);
        using var wang = await site.LoginAsync("wang");

        var list = await wang.GetPageAsync("/admin/content");
        Assert.Contains("本部门项目", list);
        Assert.DoesNotContain("他部门项目", list);
        var filtered = await wang.GetPageAsync($"/admin/content?department={deptB}");
        Assert.DoesNotContain("他部门项目", filtered);

        Assert.Equal(HttpStatusCode.Forbidden, (await wang.GetAsync($"/admin/content/{other.ContentItemId}/edit")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await wang.GetAsync($"/admin/content/{other.ContentItemId}/history")).StatusCode);

        var token = await wang.TokenFromAsync($"/admin/content/{own.ContentItemId}/edit");
        var edit = await wang.PostWithTokenAsync($"/admin/content/{other.ContentItemId}/edit", token,
            [new("stamp", other.ConcurrencyStamp), new("DisplayText", "篡改"), new("f.Head", "999")]);
        var submit = await wang.PostWithTokenAsync($"/admin/content/{other.ContentItemId}/submit", token, []);
        var delete = await wang.PostWithTokenAsync($"/admin/content/{other.ContentItemId}/delete", token, []);
        Assert.All([edit, submit, delete], r => Assert.Equal(HttpStatusCode.Forbidden, r.StatusCode));

        var versions = await site.WithContentAsync(c => c.GetVersionsAsync(other.ContentItemId));
        Assert.Single(versions);
        Assert.Equal("他部门项目", versions[0].DisplayText);
        Assert.Equal(ContentStatus.Draft, versions[0].Status);
    }

    [Fact]
    public async Task An_editor_submits_but_cannot_publish_a_reviewer_can()
    {
        await using var site = new CmsWebFactory();
        await TestContent.DefineTypeAsync(site);
        var (deptA, _) = await TestContent.DepartmentsAsync(site);
        var item = await TestContent.DraftAsync(site, "待审项目", 5, deptA);
        await site.CreateUserAsync("editor", BuiltInRoles.DepartmentEditor, deptA);
        await site.CreateUserAsync("reviewer", BuiltInRoles.Reviewer);
        using var editor = await site.LoginAsync("editor");
        var editUrl = $"/admin/content/{item.ContentItemId}/edit";
        var token = await editor.TokenFromAsync(editUrl);

        Assert.Equal(HttpStatusCode.Redirect, (await editor.PostWithTokenAsync($"/admin/content/{item.ContentItemId}/submit", token, [])).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.PostWithTokenAsync($"/admin/content/{item.ContentItemId}/publish", token, [])).StatusCode);
        Assert.Null(await site.WithContentAsync(c => c.GetPublishedAsync(item.ContentItemId)));

        using var reviewer = await site.LoginAsync("reviewer");
        var reviewerToken = await reviewer.TokenFromAsync(editUrl);
        Assert.Equal(HttpStatusCode.Redirect, (await reviewer.PostWithTokenAsync($"/admin/content/{item.ContentItemId}/publish", reviewerToken, [])).StatusCode);
        Assert.NotNull(await site.WithContentAsync(c => c.GetPublishedAsync(item.ContentItemId)));
    }

    [Fact]
    public async Task Posts_without_an_antiforgery_token_are_refused()
    {
        await using var site = new CmsWebFactory();
        await TestContent.DefineTypeAsync(site);
        var item = await TestContent.DraftAsync(site, "项目", 5);
        using var admin = await site.LoginAsync("admin");

        var response = await admin.Http.PostAsync($"/admin/content/{item.ContentItemId}/publish", new FormUrlEncodedContent([]), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(await site.WithContentAsync(c => c.GetPublishedAsync(item.ContentItemId)));
    }

    [Fact]
    public async Task Admin_pages_ask_anonymous_visitors_to_log_in()
    {
        await using var site = new CmsWebFactory();
        using var anonymous = site.AnonymousClient();
        var response = await anonymous.GetAsync("/admin/content");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/admin/login", response.Headers.Location!.PathAndQuery);
    }
}
