using Jingyuan.Cms.Data;

namespace Jingyuan.Cms.Web.Hosting;

/// <summary>
/// A request that still finds the database locked after the busy timeout answers 503 with a
/// "try again in a moment" page (and Retry-After), never a raw 500.
/// </summary>
public static class DatabaseBusyResponses
{
    public const int RetryAfterSeconds = 5;

    public static void UseDatabaseBusyResponses(this WebApplication app) => app.Use(async (context, next) =>
    {
        try
        {
            await next();
        }
        catch (Exception e) when (DatabaseBusy.Is(e) && !context.Response.HasStarted)
        {
            context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DatabaseBusyResponses))
                .LogWarning(e, "Database busy: {Method} {Path} answered 503.", context.Request.Method, context.Request.Path);
            context.Response.Clear();
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            context.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
    });
}
