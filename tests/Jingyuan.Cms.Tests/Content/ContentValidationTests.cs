using System.Net;
using Jingyuan.Cms.Content;
using Jingyuan.Cms.Tests.TestSupport;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Jingyuan.Cms.Tests.Content;

public sealed class ContentValidationTests
{
    [Fact]
    public async Task Invalid_values_are_refused_per_field_and_nothing_is_written()
    {
        await using var site = new CmsWebFactory();
        await TestContent.DefineTypeAsync(site);

        var error = await Assert.ThrowsAsync<ContentValidationException>(() => site.WithContentAsync(async c =>
        {
            var item = await c.NewAsync(TestContent.Type);
            item.DisplayText = "";
            item.Set("Head", -5m).Set("Stage", "未知阶段");
            return await c.SaveDraftAsync(item, null);
        }));

        Assert.Contains("DisplayText", error.Errors.Keys);
        Assert.Contains("不能小于0", error.Errors["Head"][0]);
        Assert.Contains("只能从列表中选择", error.Errors["Stage"][0]);
        var all = await site.WithContentAsync(c => c.QueryAsync(new ContentQuery { ContentTypes = [TestContent.Type] }));
        Assert.Equal(0, all.Total);
    }

    [Fact]
    public async Task Validation_cannot_change_what_is_saved_but_the_deriving_step_can()
    {
        await using var site = new CmsWebFactory(configure: b => b.ConfigureTestServices(s => s.AddScoped<IContentHandler, MeddlingHandler>()));
        await TestContent.DefineTypeAsync(site);

        var saved = await site.WithContentAsync(async c =>
        {
            var item = await c.NewAsync(TestContent.Type);
            item.DisplayText = "原标题";
            item.Set("Head", 3m);
            return await c.SaveDraftAsync(item, null);
        });

        Assert.Equal("原标题", saved.DisplayText);
        Assert.Equal(30m, saved.GetNumber("Head")); // derived: ×10
        var stored = await site.WithContentAsync(c => c.GetLatestAsync(saved.ContentItemId));
        Assert.Equal("原标题", stored!.DisplayText);
        Assert.Equal(30m, stored.GetNumber("Head"));
        Assert.False(stored.Data.ContainsKey("Meddled"));
    }

    /// <summary>Derives Head ×10 (allowed) and tries to rewrite the item while validating (must have no effect).</summary>
    private sealed class MeddlingHandler : IContentHandler
    {
        public Task DerivingAsync(ContentItem item)
        {
            if (item.ContentType == TestContent.Type && item.GetNumber("Head") is { } head) item.Set("Head", head * 10);
            return Task.CompletedTask;
        }

        public Task ValidatingAsync(ContentItem item, IDictionary<string, string[]> errors)
        {
            if (item.ContentType != TestContent.Type) return Task.CompletedTask;
            item.DisplayText = "被校验改写";
            item.Set("Meddled", "yes");
            return Task.CompletedTask;
        }
    }

    [Fact]
    public async Task Html_is_sanitized_on_save()
    {
        await using var site = new CmsWebFactory();
        await TestContent.DefineTypeAsync(site);
        var saved = await site.WithContentAsync(async c =>
        {
            var item = await c.NewAsync(TestContent.Type);
            item.DisplayText = "带脚本的正文";
            item.Set("Head", 1m).Set("Body", "<p onclick=\"x()\">正文</p><script>alert(1)</script>");
            return await c.SaveDraftAsync(item, null);
        });
        var body = saved.GetText("Body")!;
        Assert.Contains("<p>正文</p>", body);
        Assert.DoesNotContain("script", body);
        Assert.DoesNotContain("onclick", body);
    }

    [Fact]
    public async Task A_bad_form_shows_the_error_next_to_the_field_and_keeps_the_input()
    {
        await using var site = new CmsWebFactory();
        await TestContent.DefineTypeAsync(site);
        using var admin = await site.LoginAsync("admin");

        var response = await admin.PostFormAsync($"/admin/content/new/{TestContent.Type}", $"/admin/content/new/{TestContent.Type}",
            new() { ["DisplayText"] = "新项目", ["Year"] = "2023", ["f.Head"] = "十头", ["f.Stage"] = "在建" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Matches("id=\"field-Head-error\"[^>]*>[^<]*<span[^>]*>头数：请输入数字", html);
        Assert.Contains("value=\"新项目\"", html);
        var all = await site.WithContentAsync(c => c.QueryAsync(new ContentQuery { ContentTypes = [TestContent.Type] }));
        Assert.Equal(0, all.Total);
    }
}
