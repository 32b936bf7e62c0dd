using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using Jingyuan.Cms.Tests.Portal;
using Microsoft.AspNetCore.Hosting;

namespace Jingyuan.Cms.Tests.Hosting;

/// <summary>
/// Pages and data go out compressed (Brotli, else gzip) and link the static files by their fingerprinted
/// names, which MapStaticAssets serves (with immutable caching once published; see README, Deployment).
/// </summary>
public sealed partial class CompressionAndAssetTests
{
    [GeneratedRegex("(?:src|href)=\"(/[^\"]+\\.(?:js|css))\"")]
    private static partial Regex AssetLinks();

    [Fact]
    public async Task The_home_page_links_fingerprinted_assets_that_are_served()
    {
        // The theme's files as a build (not a publish) serves them, as the browser tests do.
        await using var site = await PortalSite.StartAsync(configure: b => b.UseStaticWebAssets());
        var home = await site.GetPageAsync("/");
        var links = AssetLinks().Matches(home).Select(m => m.Groups[1].Value).Distinct().ToList();

        Assert.Contains(links, l => FingerprintedEcharts().IsMatch(l));
        Assert.DoesNotContain("?v=", home);
        using var client = site.Factory.CreateClient();
        foreach (var link in links)
        {
            var response = await client.GetAsync(link, TestContext.Current.CancellationToken);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{link} answered {response.StatusCode}");
            Assert.True(response.Content.Headers.ContentLength > 0, $"{link} is empty");
        }
    }

    [GeneratedRegex("^/_content/Jingyuan\\.Cms\\.Themes\\.Public/lib/echarts\\.min\\.[a-z0-9]{6,}\\.js$")]
    private static partial Regex FingerprintedEcharts();

    [Theory]
    [InlineData("/", "br", "text/html")]
    [InlineData("/", "gzip", "text/html")]
    [InlineData("/plan/2023/data.csv", "br", "text/csv")]
    [InlineData("/plan/2023/data.json", "gzip", "application/json")]
    [InlineData("/notices/feed", "br", "application/rss+xml")]
    public async Task Generated_responses_are_compressed_when_the_client_accepts_it(string url, string encoding, string mediaType)
    {
        await using var site = await PortalSite.StartAsync();
        using var client = site.Factory.CreateClient();
        var plain = await client.GetByteArrayAsync(url, TestContext.Current.CancellationToken);

        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(encoding));
        var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal([encoding], response.Content.Headers.ContentEncoding);
        var compressed = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        Assert.True(compressed.Length < plain.Length, $"{url}: {compressed.Length} bytes compressed, {plain.Length} plain");
        var text = Encoding.UTF8.GetString(Decompress(compressed, encoding));
        Assert.Equal(Encoding.UTF8.GetString(plain).Length, text.Length);
    }

    private static byte[] Decompress(byte[] data, string encoding)
    {
        using var input = new MemoryStream(data);
        using Stream reader = encoding == "br" ? new BrotliStream(input, CompressionMode.Decompress) : new GZipStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream();
        reader.CopyTo(output);
        return output.ToArray();
    }
}
