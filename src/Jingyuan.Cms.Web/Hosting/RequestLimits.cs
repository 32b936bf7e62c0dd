using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Localization;

namespace Jingyuan.Cms.Web.Hosting;

/// <summary>
/// Bounds on what a request may carry, set before anything is read (<c>Limits:*</c> in configuration):
/// each form value, key and value count (FormOptions), and the whole body: small for anything but a
/// signed-in user's multipart upload. An endpoint's own [RequestSizeLimit] still wins. A request over
/// a limit gets 413 or 400 with a Chinese message, not a 500.
/// </summary>
internal static class RequestLimits
{
    private const long MiB = 1024 * 1024;

    public static IServiceCollection AddCmsRequestLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var uploadBytes = configuration.GetValue("Limits:UploadRequestMegabytes", 100L) * MiB;
        services.Configure<FormOptions>(o =>
        {
            o.ValueLengthLimit = (int)Math.Min(int.MaxValue, configuration.GetValue("Limits:FormValueKilobytes", 1024L) * 1024);
            o.KeyLengthLimit = configuration.GetValue("Limits:FormKeyLength", 512);
            o.ValueCountLimit = configuration.GetValue("Limits:FormValueCount", 1024);
            o.MultipartBodyLengthLimit = uploadBytes;
        });
        services.Configure<KestrelServerOptions>(o =>
        {
            o.AddServerHeader = false;
            o.Limits.MaxRequestBodySize = uploadBytes;
        });
        return services;
    }

    /// <summary>After authentication: the body limit by who asks and what they send; over-limit answers.</summary>
    public static void UseCmsRequestLimits(this WebApplication app)
    {
        var formBytes = app.Configuration.GetValue("Limits:FormRequestKilobytes", 2048L) * 1024;
        app.Use(async (context, next) =>
        {
            var feature = context.Features.Get<IHttpMaxRequestBodySizeFeature>();
            var upload = context.User.Identity?.IsAuthenticated == true && context.Request.HasFormContentType
                && context.Request.ContentType!.StartsWith("multipart/", StringComparison.OrdinalIgnoreCase);
            if (feature is { IsReadOnly: false } && !upload) feature.MaxRequestBodySize = formBytes;
            // A declared length over the limit is refused before a byte is read.
            if (context.Request.ContentLength > (feature?.MaxRequestBodySize ?? long.MaxValue))
            {
                await WriteAsync(context, StatusCodes.Status413PayloadTooLarge);
                return;
            }
            try
            {
                await next(context);
            }
            catch (Exception e) when (!context.Response.HasStarted && TooLarge(e) is { } status)
            {
                context.Response.Clear();
                await WriteAsync(context, status);
            }
        });
    }

    private static Task WriteAsync(HttpContext context, int status)
    {
        context.Response.StatusCode = status;
        var T = context.RequestServices.GetRequiredService<IStringLocalizer<HostMessages>>();
        string message = status == StatusCodes.Status413PayloadTooLarge
            ? T["提交的内容过大，已被拒绝，未保存任何内容。请减少附件或内容后重试。"]
            : T["提交的表单超出允许的长度或项数，已被拒绝，未保存任何内容。请缩短输入后重试。"];
        if (!context.Request.Headers.Accept.ToString().Contains("text/html", StringComparison.OrdinalIgnoreCase))
        {
            context.Response.ContentType = "text/plain; charset=utf-8";
            return context.Response.WriteAsync(message);
        }
        // A form post from a browser: a page that says why and leads back to the form.
        context.Response.ContentType = "text/html; charset=utf-8";
        var encoder = context.RequestServices.GetRequiredService<System.Text.Encodings.Web.HtmlEncoder>();
        return context.Response.WriteAsync($"""
            <!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>{encoder.Encode(T["提交被拒绝"])}</title></head>
            <body><main><h1>{encoder.Encode(T["提交被拒绝"])}</h1><p role="alert">{encoder.Encode(message)}</p>
            <p><a href="{encoder.Encode(BackLink(context))}">{encoder.Encode(T["返回上一页"])}</a></p></main></body></html>
            """);
    }

    /// <summary>The page the form came from when it is on this site, else the admin home.</summary>
    private static string BackLink(HttpContext context) =>
        Uri.TryCreate(context.Request.Headers.Referer.ToString(), UriKind.Absolute, out var referer)
            && string.Equals(referer.Authority, context.Request.Host.Value, StringComparison.OrdinalIgnoreCase)
            ? referer.PathAndQuery
            : "/admin";

    // Kestrel's body limit (413) and the form reader's limits (InvalidDataException), however wrapped.
    private static int? TooLarge(Exception? e)
    {
        for (; e is not null; e = e.InnerException)
        {
            if (e is Microsoft.AspNetCore.Http.BadHttpRequestException bad) return bad.StatusCode == StatusCodes.Status413PayloadTooLarge ? 413 : 400;
            if (e is InvalidDataException) return 400;
        }
        return null;
    }
}
