using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;

namespace Jingyuan.Cms.Web.Hosting;

/// <summary>
/// Brotli, else gzip, for the pages and data the site generates (HTML, JSON, CSV, the feeds). Static files are
/// not compressed here: MapStaticAssets serves the build's precompressed copies. Over HTTPS too: the pages that
/// carry a secret (the admin's form tokens) carry a fresh, randomly encrypted one each time, which is what
/// defeats BREACH-style guessing; public pages carry none.
/// </summary>
internal static class ResponseCompressionSetup
{
    public static readonly string[] MimeTypes =
    [
        "text/html", "application/json", "text/csv", "text/plain", "application/rss+xml", "application/atom+xml",
        "application/xml", "text/xml", "text/calendar",
    ];

    public static IServiceCollection AddCmsResponseCompression(this IServiceCollection services)
    {
        services.AddResponseCompression(o =>
        {
            o.EnableForHttps = true;
            o.Providers.Add<BrotliCompressionProvider>();
            o.Providers.Add<GzipCompressionProvider>();
            o.MimeTypes = MimeTypes;
        });
        // Fastest: a page is compressed on every uncached answer; level 1 of Brotli is still smaller than gzip's default.
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        return services;
    }
}
