using Jingyuan.Cms.Archive;
using Jingyuan.Cms.Departments;
using Jingyuan.Cms.Modules.Archive.Models;
using Jingyuan.Cms.Plan;
using Jingyuan.Cms.Security;
using Jingyuan.Cms.Time;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Jingyuan.Cms.Modules.Archive.Controllers;

/// <summary>
/// 档案包: ask for a package of a year, a task and (for the coordinating office) a department, follow its
/// build and download it. The host's <see cref="IArchivePackages"/> checks the rights and the department
/// scope and audits requests and downloads; this controller only refuses users holding neither right.
/// </summary>
[Route(Path)]
[RequirePermission("AccessAdmin")]
public sealed class ArchivePackagesController(
    IArchivePackages archives, ICurrentUser user, IPlanStore plans, IDepartmentStore departments, TimeProvider clock,
    IStringLocalizer<ArchivePackagesController> T) : Controller
{
    public const string Path = "admin/archive";

    [HttpGet("")]
    public async Task<IActionResult> Index(int? year, string? before)
    {
        if (!await MayArchiveAsync()) return Forbid();
        var years = await plans.ListYearsAsync();
        var chosen = year ?? await plans.CurrentYearAsync() ?? ChinaTime.CurrentYear(clock);
        var plan = await plans.GetYearAsync(chosen);
        var tasks = plan?.Chapters.OrderBy(c => c.Number).SelectMany(c => c.Tasks.OrderBy(t => t.Number)).ToList() ?? [];
        var all = await user.HasPermissionAsync(ArchivePermissions.BuildAllArchives);
        var packages = await archives.ListAsync(before);
        return View(new ArchiveIndexModel(chosen, years, tasks, all ? await departments.ListAsync() : null, packages,
            packages.Count == 20 ? packages[^1].Id : null));
    }

    [HttpPost("")]
    public async Task<IActionResult> Create(int year, int? taskId, int? departmentId)
    {
        if (!await MayArchiveAsync()) return Forbid();
        try
        {
            var package = await archives.RequestAsync(new ArchiveScope(year, departmentId, taskId));
            TempData["Message"] = T["已开始生成档案包（{0}），完成后可在此下载。", package.ScopeLabel].Value;
            return Redirect($"/{Path}/{package.Id}");
        }
        catch (ArchiveForbiddenException) { return Forbid(); }
        catch (ArchiveScopeException e)
        {
            TempData["Error"] = e.Message;
            return Redirect($"/{Path}?year={year}");
        }
    }

    [HttpGet("{id}")]
    public async Task<IActionResult> Detail(string id)
    {
        if (!await MayArchiveAsync()) return Forbid();
        // Another unit's package is answered like a missing one: its existence is not disclosed.
        return await archives.GetAsync(id) is { } package ? View(new ArchiveDetailModel(package)) : NotFound();
    }

    /// <summary>Progress for the page's polling: status, done, total, percent.</summary>
    [HttpGet("{id}/progress")]
    public async Task<IActionResult> Progress(string id)
    {
        if (!await MayArchiveAsync()) return Forbid();
        if (await archives.GetAsync(id) is not { } p) return NotFound();
        return Json(new { status = p.Status.ToString(), done = p.ItemsDone, total = p.ItemsTotal, percent = p.Percent, error = p.Error });
    }

    [HttpGet("{id}/download")]
    public async Task<IActionResult> Download(string id)
    {
        if (!await MayArchiveAsync()) return Forbid();
        if (await archives.GetAsync(id) is not { Status: ArchivePackageStatus.Succeeded } package) return NotFound();
        var stream = await archives.OpenAsync(id);
        return stream is null ? NotFound() : File(stream, "application/zip", package.FileName);
    }

    private async Task<bool> MayArchiveAsync() =>
        await user.HasPermissionAsync(ArchivePermissions.BuildAllArchives) || await user.HasPermissionAsync(ArchivePermissions.BuildOwnArchive);
}
