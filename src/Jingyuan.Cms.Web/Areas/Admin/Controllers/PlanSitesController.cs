using Jingyuan.Cms.Audit;
using Jingyuan.Cms.Content;
using Jingyuan.Cms.Data;
using Jingyuan.Cms.Plan;
using Jingyuan.Cms.Security;
using Jingyuan.Cms.Web.Areas.Admin.Models;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Jingyuan.Cms.Web.Areas.Admin.Controllers;

/// <summary>
/// 移民安置区: the plan names only some of the county's 44 sites; administrators add the rest here,
/// with the leaders assigned to each (包抓领导) year by year at county, township and village level.
/// </summary>
[Area("Admin")]
[Route("admin/plan/sites")]
[RequirePermission("ManagePlans")]
public sealed class PlanSitesController(CmsDbContext db, IAuditTrail audit, IStringLocalizer<PlanSitesController> T) : Controller
{
    private const int PageSize = 50;
    private const int BlankLeaderRows = 2;

    private DbSet<ResettlementSite> Sites => db.Set<ResettlementSite>();

    [HttpGet("")]
    public async Task<IActionResult> Index(int page = 1)
    {
        page = Math.Max(1, page);
        var total = await Sites.CountAsync();
        var rows = await Sites.AsNoTracking().Include(s => s.Leaders).OrderBy(s => s.Id)
            .Skip((page - 1) * PageSize).Take(PageSize).ToListAsync();
        return View(new PlanSitesViewModel
        {
            Sites = rows.Select(s => new PlanSiteRow(s.Id, s.Name, s.Township, s.Village, s.Kind,
                string.Join("；", s.Leaders.OrderByDescending(l => l.Year).ThenBy(l => l.Id).Select(l => $"{l.Year} {T[LeaderLevels.Name(l.Level)]}：{l.Name}（{l.Position}）")))).ToList(),
            Pager = new ListPager(page, Math.Max(1, (total + PageSize - 1) / PageSize), total, "/admin/plan/sites", new Dictionary<string, string?>()),
        });
    }

    [HttpGet("new")]
    public IActionResult Create() => View("Edit", WithBlankRows(new PlanSiteForm { Kind = SiteKind.General }));

    [HttpPost("new")]
    public async Task<IActionResult> Create(PlanSiteForm form)
    {
        var site = new ResettlementSite();
        if (await TrySaveAsync(site, form, isNew: true))
        {
            TempData["Message"] = T["已添加安置区 {0}。", site.Name].Value;
            return Redirect("/admin/plan/sites");
        }
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View("Edit", WithBlankRows(form));
    }

    [HttpGet("{id:int}/edit")]
    public async Task<IActionResult> Edit(int id)
    {
        var site = await Sites.AsNoTracking().Include(s => s.Leaders).SingleOrDefaultAsync(s => s.Id == id);
        if (site is null) return NotFound();
        var form = new PlanSiteForm
        {
            SiteId = id, Name = site.Name, Township = site.Township, Village = site.Village, Kind = site.Kind, Notes = site.Notes,
            Leaders = site.Leaders.OrderBy(l => l.Year).ThenBy(l => l.Id)
                .Select(l => new PlanSiteLeaderRow { Year = l.Year, Level = l.Level, Name = l.Name, Position = l.Position }).ToList(),
        };
        return View(WithBlankRows(form));
    }

    [HttpPost("{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, PlanSiteForm form)
    {
        var site = await Sites.Include(s => s.Leaders).SingleOrDefaultAsync(s => s.Id == id);
        if (site is null) return NotFound();
        form.SiteId = id;
        if (await TrySaveAsync(site, form, isNew: false))
        {
            TempData["Message"] = T["已保存安置区 {0}。", site.Name].Value;
            return Redirect("/admin/plan/sites");
        }
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View(WithBlankRows(form));
    }

    private async Task<bool> TrySaveAsync(ResettlementSite site, PlanSiteForm form, bool isNew)
    {
        var name = form.Name?.Trim() ?? "";
        if (name.Length > 0 && await Sites.AnyAsync(s => s.Name == name && s.Id != site.Id))
            ModelState.AddModelError(nameof(form.Name), T["已有名为“{0}”的安置区", name]);
        var leaders = form.Leaders.Where(l => !l.Remove && !l.IsBlank).ToList();
        for (var i = 0; i < form.Leaders.Count; i++)
        {
            var row = form.Leaders[i];
            if (row.Remove || row.IsBlank) continue;
            if (row.Year is null) ModelState.AddModelError($"Leaders[{i}].Year", T["请填写年度"]);
            if (!Enum.IsDefined(row.Level)) ModelState.AddModelError($"Leaders[{i}].Level", T["请选择包抓层级"]);
            if (string.IsNullOrWhiteSpace(row.Name)) ModelState.AddModelError($"Leaders[{i}].Name", T["请填写包抓领导姓名"]);
            RefuseInvisible($"Leaders[{i}].Name", row.Name);
            RefuseInvisible($"Leaders[{i}].Position", row.Position);
        }
        // Site and leader names are shown on public pages: no direction or zero-width characters.
        RefuseInvisible(nameof(form.Name), form.Name);
        RefuseInvisible(nameof(form.Township), form.Township);
        RefuseInvisible(nameof(form.Village), form.Village);
        RefuseInvisible(nameof(form.Notes), form.Notes);
        if (!ModelState.IsValid) return false;

        site.Name = name;
        site.Township = form.Township?.Trim() ?? "";
        site.Village = form.Village?.Trim() ?? "";
        site.Kind = form.Kind!.Value;
        site.Notes = form.Notes?.Trim() ?? "";
        // The leader rows are replaced as a whole: the form shows and posts all of them.
        site.Leaders.Clear();
        site.Leaders.AddRange(leaders.Select(l => new SiteLeader { Year = l.Year!.Value, Level = l.Level, Name = l.Name!.Trim(), Position = l.Position?.Trim() ?? "" }));
        if (isNew) Sites.Add(site);
        // Plan pages name sites; search rereads every year with the site change, in the same save.
        foreach (var year in await db.Set<PlanYear>().Select(y => y.Year).ToListAsync())
        {
            db.Add(new IndexingTaskRecord { ContentItemId = PlanUrls.IndexKey(year), Type = (int)IndexingTaskType.Update, CreatedUtc = DateTime.UtcNow });
        }
        try
        {
            await db.InTransactionAsync(async () =>
            {
                await db.SaveChangesAsync();
                await audit.RecordAsync(new AuditEntry(AuditEvents.PlanChanged,
                    $"{(isNew ? "添加" : "修改")}安置区「{site.Name}」（包抓领导 {site.Leaders.Count} 人）"));
            });
            return true;
        }
        catch (DbUpdateException)
        {
            // The unique index decides when two administrators add the same name at once.
            db.ChangeTracker.Clear();
            ModelState.AddModelError(nameof(form.Name), T["已有名为“{0}”的安置区", name]);
            return false;
        }
    }

    private void RefuseInvisible(string key, string? value)
    {
        if (InvisibleCharacters.Contains(value, allowLineBreaks: key == nameof(PlanSiteForm.Notes)))
            ModelState.AddModelError(key, T[InvisibleCharacters.Message]);
    }

    /// <summary>Room to add leaders. Posted rows keep their order so errors stay beside their inputs.</summary>
    private static PlanSiteForm WithBlankRows(PlanSiteForm form)
    {
        var blanks = BlankLeaderRows - form.Leaders.Count(l => l.IsBlank);
        for (var i = 0; i < blanks; i++) form.Leaders.Add(new PlanSiteLeaderRow());
        return form;
    }
}
