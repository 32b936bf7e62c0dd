using Jingyuan.Cms.Content;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Jingyuan.Cms.Web.Hosting;

/// <summary>
/// The content engine's own refusal (another department's item, no review right) answers 403 from any
/// controller, the host's or a module's, as the controller's own check would; nothing was written.
/// </summary>
public sealed class ContentForbiddenFilter : IExceptionFilter
{
    public void OnException(ExceptionContext context)
    {
        if (context.Exception is not ContentForbiddenException) return;
        context.Result = new ForbidResult();
        context.ExceptionHandled = true;
    }
}
