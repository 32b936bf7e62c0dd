using System.Net;
using Jingyuan.Cms.Content;
using Jingyuan.Cms.Security;
using Jingyuan.Cms.Tests.TestSupport;

namespace Jingyuan.Cms.Tests.Content;

/// <summary>Two editors never overwrite each other silently (Orchard Core #9242 must not happen here).</summary>
public sealed class ConcurrentEditingTests
{
    [Theory, ClassData(typeof(Databases))]
    public async Task A_save_based_on_a_stale_version_is_refused_naming_who_changed_it(TestDatabase database)
    {
        await using var site = new CmsWebFactory(database);
        await TestContent.DefineTypeAsync(site);
        var (deptA, _) = await TestContent.DepartmentsAsync(site);
        var item = await TestContent.DraftAsync(site, "肉牛项目", 10, deptA);
        await site.CreateUserAsync("zhang", BuiltInRoles.DepartmentEditor, deptA);
        await site.CreateUserAsync("li", BuiltInRoles.DepartmentEditor, deptA);
        using var zhang = await site.LoginAsync("zhang");
        using var li = await site.LoginAsync("li");
        var editUrl = $"/admin/content/{item.ContentItemId}/edit";

        // Both open the same version.
        var zhangToken = await zhang.TokenFromAsync(editUrl);
        var liToken = await li.TokenFromAsync(editUrl);
        Fields(item.ConcurrencyStamp, "20", out var zhangFields);
        Fields(item.ConcurrencyStamp, "99", out var liFields);

        var first = await zhang.PostWithTokenAsync(editUrl, zhangToken, zhangFields);
        var second = await li.PostWithTokenAsync(editUrl, liToken, liFields);

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        var page = await second.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("zhang", page);
        Assert.Contains("修改了此内容", page);
        Assert.Contains("value=\"99\"", page); // li's input is still on the form

        var versions = await site.WithContentAsync(c => c.GetVersionsAsync(item.ContentItemId));
        Assert.Equal(2, versions.Count);
        Assert.Equal(20m, versions[0].GetNumber("Head"));
        Assert.Equal("zhang", versions[0].ModifiedBy);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Simultaneous_saves_with_the_same_stamp_let_exactly_one_through(TestDatabase database)
    {
        await using var site = new CmsWebFactory(database);
        await TestContent.DefineTypeAsync(site);
        var item = await TestContent.DraftAsync(site, "菌菇车间", 1);

        var attempts = Enumerable.Range(0, 6).Select(i => Task.Run(() => site.WithContentAsync(async c =>
        {
            var copy = (await c.GetLatestAsync(item.ContentItemId))!;
            copy.Set("Head", 100m + i);
            try { await c.SaveDraftAsync(copy, item.ConcurrencyStamp); return true; }
            catch (ContentConcurrencyException) { return false; }
        })));
        var results = await Task.WhenAll(attempts);

        Assert.Equal(1, results.Count(ok => ok));
        var versions = await site.WithContentAsync(c => c.GetVersionsAsync(item.ContentItemId));
        Assert.Equal(2, versions.Count);
        Assert.Single(versions, v => v.Latest);
    }

    private static void Fields(string stamp, string head, out List<KeyValuePair<string, string>> fields) =>
        fields =
        [
            new("stamp", stamp), new("DisplayText", "肉牛项目"), new("Year", "2023"),
            new("f.Head", head), new("f.Stage", "在建"),
        ];
}
