using Jingyuan.Cms.Security;
using Jingyuan.Cms.Tests.Browser;
using Jingyuan.Cms.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Jingyuan.Cms.Tests.Security;

/// <summary>
/// A photo over the field's limit is refused at the field, in Chinese, before the browser sends anything:
/// the server's own request limit would otherwise cut the upload off with a page that loses the form.
/// </summary>
public sealed class UploadLimitBrowserTests
{
    private const string Editor = "nyj-upload-editor";

    [Fact]
    public async Task An_oversized_photo_is_refused_at_its_field_and_nothing_is_posted()
    {
        await using var browser = await BrowserSession.StartAsync();
        await using var site = await BrowserSite.StartAsync();
        var agriculture = await site.DepartmentAsync("农业农村局");
        await site.CreateUserAsync(Editor, BuiltInRoles.DepartmentEditor, agriculture.Id);
        var page = await browser.NewPageAsync(baseUrl: BrowserSite.BaseUrl(site));
        await BrowserSite.LoginAsync(page, Editor);
        await page.GotoAsync("/admin/content/new/IndustryProject");
        var posts = new List<string>();
        page.Request += (_, request) => { if (request.Method == "POST") posts.Add(request.Url); };
        var input = page.Locator("input[type=file]").First;
        var errorId = await input.GetAttributeAsync("data-error");

        await input.SetInputFilesAsync(new FilePayload
        {
            Name = "大图.jpg", MimeType = "image/jpeg", Buffer = [.. UploadSamples.Jpeg(), .. new byte[11 * 1024 * 1024]],
        });
        await page.FillAsync("#DisplayText", "超大照片");
        await page.ClickAsync("button[type=submit]:has-text('保存草稿')");

        Assert.Contains("文件“大图.jpg”超过了单个文件 10 MB 的上限", await page.InnerTextAsync($"#{errorId}"));
        Assert.Equal("true", await input.GetAttributeAsync("aria-invalid"));
        Assert.Empty(posts);
        Assert.Contains("/admin/content/new/IndustryProject", page.Url);

        // A photo within the limit clears the message and the draft saves.
        await input.SetInputFilesAsync(new FilePayload { Name = "小图.jpg", MimeType = "image/jpeg", Buffer = UploadSamples.Jpeg() });
        Assert.Equal("", (await page.InnerTextAsync($"#{errorId}")).Trim());
    }
}
