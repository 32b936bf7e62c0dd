using Microsoft.AspNetCore.Mvc;

namespace Jingyuan.Cms.Web.Controllers;

public sealed class HomeController : Controller
{
    [HttpGet("/")]
    public IActionResult Index() => View();
}
