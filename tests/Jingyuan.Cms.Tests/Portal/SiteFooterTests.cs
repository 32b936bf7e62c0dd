namespace Jingyuan.Cms.Tests.Portal;

/// <summary>The footer's 主办单位 and contacts come from configuration ("Site"); unset ones say 待公布.</summary>
public sealed class SiteFooterTests
{
    [Fact]
    public async Task Configured_details_appear_in_every_public_footer_and_unset_ones_say_to_be_announced()
    {
        await using var configured = await PortalSite.StartAsync(configure: b => b
            .UseSetting("Site:Organizer", "泾源县人民政府办公室")
            .UseSetting("Site:ContactPhone", "0954-5010000")
            .UseSetting("Site:SiteCode", "6404240001")
            .UseSetting("Site:PortalUrl", "https://www.nxjy.gov.cn/"));
        await using var plain = await PortalSite.StartAsync();

        foreach (var url in new[] { "/", "/plan/2023/tasks/2", "/notices", "/search?q=肉牛" })
        {
            var html = await configured.GetPageAsync(url);
            Assert.Contains("主办单位：泾源县人民政府办公室", html);
            Assert.Contains("联系电话：0954-5010000", html);
            Assert.Contains("网站标识码：6404240001", html);
            Assert.Contains("电子邮箱：待公布", html);
            Assert.Contains("href=\"https://www.nxjy.gov.cn/\"", html);
        }
        var defaults = await plain.GetPageAsync("/");
        Assert.Contains("主办单位：泾源县乡村振兴局", defaults);
        Assert.Contains("联系电话：待公布", defaults);
        Assert.Contains("网站标识码：待公布", defaults);
    }
}
