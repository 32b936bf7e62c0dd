namespace Jingyuan.Cms.Tests.Infrastructure;

/// <summary>Checks the browser test infrastructure itself: Chromium starts, renders Chinese, axe runs, screenshots are written.</summary>
public sealed class BrowserSmokeTests
{
    const string Html = """
        <!DOCTYPE html>
        <html lang="zh-CN">
        <head><meta charset="utf-8"><title>浏览器冒烟测试 - 泾源县移民致富提升行动</title>
        <style>body{font-family:"PingFang SC","Microsoft YaHei","WenQuanYi Micro Hei",sans-serif;margin:2rem;color:#1f2329}
        header{border-top:4px solid #a8191e} h1{color:#a8191e}</style></head>
        <body>
          <header><h1>泾源县移民致富提升行动</h1></header>
          <nav aria-label="主导航"><a href="#main">首页</a></nav>
          <main id="main"><p>本专栏公开发布年度实施方案、工作进展和公示公告。</p>
            <div role="progressbar" aria-label="完成进度" aria-valuenow="75" aria-valuemin="0" aria-valuemax="100">75%</div>
          </main>
          <footer><p>主办单位：泾源县乡村振兴局</p></footer>
        </body>
        </html>
        """;

    [Fact]
    public async Task Chromium_renders_chinese_page_passes_axe_and_saves_screenshot()
    {
        await using var browser = await BrowserSession.StartAsync();
        var page = await browser.NewPageAsync();
        await page.SetContentAsync(Html);

        Assert.Equal("浏览器冒烟测试 - 泾源县移民致富提升行动", await page.TitleAsync());
        var text = await page.InnerTextAsync("body");
        Assert.Contains("泾源县移民致富提升行动", text);
        Assert.Contains("主办单位：泾源县乡村振兴局", text);

        await Axe.AssertNoSeriousViolationsAsync(page);

        var path = await browser.SaveScreenshotAsync(page, "infrastructure-smoke");
        Assert.True(new FileInfo(path).Length > 1000, $"screenshot {path} is empty");
        Assert.Empty(browser.ExternalRequests);
        Assert.Empty(browser.ConsoleErrors);
    }

    [Fact]
    public async Task Axe_reports_serious_violations()
    {
        await using var browser = await BrowserSession.StartAsync();
        var page = await browser.NewPageAsync(360, 740);
        // An image without alt text and unreadable light-grey text: both are serious or critical.
        await page.SetContentAsync("""
            <!DOCTYPE html><html lang="zh-CN"><head><title>反例</title></head>
            <body><main><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" width="10" height="10">
            <p style="color:#ddd;background:#fff">浅灰色文字对比度不足</p></main></body></html>
            """);

        var violations = await Axe.SeriousViolationsAsync(page);

        Assert.Contains(violations, v => v.Id == "image-alt");
        Assert.Contains(violations, v => v.Id == "color-contrast");
    }

    [Fact]
    public async Task External_requests_are_blocked_and_recorded()
    {
        await using var browser = await BrowserSession.StartAsync();
        var page = await browser.NewPageAsync();
        await page.SetContentAsync("""
            <!DOCTYPE html><html lang="zh-CN"><head><title>外部资源</title>
            <link rel="stylesheet" href="https://fonts.example.invalid/css?family=Noto+Sans+SC"></head>
            <body><main>外部资源应被拦截</main></body></html>
            """);

        Assert.Contains(browser.ExternalRequests, u => u.StartsWith("https://fonts.example.invalid/", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("http://localhost:5080/", true)]
    [InlineData("http://127.0.0.1:5000/_content/x.css", true)]
    [InlineData("http://[::1]:8080/", true)]
    [InlineData("data:text/html,hi", true)]
    [InlineData("https://fonts.googleapis.com/css", false)]
    [InlineData("https://cdn.jsdelivr.net/npm/bootstrap", false)]
    public void Only_this_machine_counts_as_local(string url, bool local) =>
        Assert.Equal(local, BrowserSession.IsLocal(url));
}
