using Microsoft.AspNetCore.Mvc;

namespace Jingyuan.Cms.Web.Controllers;

/// <summary>Friendly pages for errors and status codes; never a stack trace.</summary>
[ApiExplorerSettings(IgnoreApi = true)]
// Re-executed for a refused POST too (e.g. a form over the limits): the error page must not ask for a token again.
[IgnoreAntiforgeryToken]
public sealed class ErrorController : Controller
{
    [Route("/error/{code:int?}")]
    // No parameters: binding one would read the body of the refused POST (e.g. a form over the limits) again.
    public IActionResult Index()
    {
        int? code = int.TryParse(RouteData.Values["code"]?.ToString(), out var value) ? value : null;
        Response.StatusCode = code ?? 500;
        return View(code ?? 500);
    }

    /// <summary>An admin page asked for over plain HTTP in Production (see Hosting/HttpsRequirement).</summary>
    [Route(Hosting.HttpsRequirement.PagePath)]
    public IActionResult HttpsRequired()
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return View();
    }
}
