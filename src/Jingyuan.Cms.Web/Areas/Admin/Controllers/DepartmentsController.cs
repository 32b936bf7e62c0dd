using Jingyuan.Cms.Audit;
using Jingyuan.Cms.Data;
using Jingyuan.Cms.Departments;
using Jingyuan.Cms.Plan;
using Jingyuan.Cms.Security;
using Jingyuan.Cms.Web.Areas.Admin.Models;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Jingyuan.Cms.Web.Areas.Admin.Controllers;

/// <summary>County bureaus and townships that users, content and plan tasks belong to.</summary>
[Area("Admin")]
[Route("admin/departments")]
[RequirePermission("ManageDepartments")]
public sealed class DepartmentsController(CmsDbContext db, IAuditTrail audit, IStringLocalizer<DepartmentsController> T) : Controller
{
    private const int PageSize = 50;

    private DbSet<Department> Departments => db.Set<Department>();

    [HttpGet("")]
    public async Task<IActionResult> Index(int page = 1)
    {
        page = Math.Max(1, page);
        var total = await Departments.CountAsync();
        var rows = await Departments.AsNoTracking()
            .OrderBy(d => d.Kind).ThenBy(d => d.SortOrder).ThenBy(d => d.Id)
            .Skip((page - 1) * PageSize).Take(PageSize)
            .Select(d => new DepartmentRow(d.Id, d.Name, d.Kind, d.Aliases, d.SortOrder))
            .ToListAsync();
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        return View(new DepartmentListViewModel
        {
            Departments = rows,
            Pager = new ListPager(page, pageCount, total, "/admin/departments", new Dictionary<string, string?>()),
        });
    }

    [HttpGet("create")]
    public IActionResult Create() => View(new DepartmentInput { SortOrder = 0 });

    [HttpPost("create")]
    public async Task<IActionResult> Create(DepartmentInput input)
    {
        await CheckNameAsync(input, exceptId: null);
        if (!ModelState.IsValid) return View(input);
        var department = new Department { Name = input.Name.Trim() };
        Apply(input, department);
        Departments.Add(department);
        if (!await TrySaveAsync(input, T["新建部门 {0}", department.Name])) return View(input);
        TempData["Message"] = T["已添加部门 {0}", department.Name].Value;
        return Redirect("/admin/departments");
    }

    [HttpGet("{id:int}/edit")]
    public async Task<IActionResult> Edit(int id)
    {
        if (await Departments.FindAsync(id) is not { } d) return NotFound();
        ViewData["DepartmentId"] = id;
        return View(new DepartmentInput { Name = d.Name, Kind = d.Kind, Aliases = d.Aliases, SortOrder = d.SortOrder });
    }

    [HttpPost("{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, DepartmentInput input)
    {
        if (await Departments.FindAsync(id) is not { } department) return NotFound();
        ViewData["DepartmentId"] = id;
        await CheckNameAsync(input, exceptId: id);
        if (!ModelState.IsValid) return View(input);
        var before = $"{department.Name}（{department.Kind}，别名：{department.Aliases}，排序 {department.SortOrder}）";
        Apply(input, department);
        var after = $"{department.Name}（{department.Kind}，别名：{department.Aliases}，排序 {department.SortOrder}）";
        if (!await TrySaveAsync(input, T["修改部门 {0}：{1} → {2}", id, before, after])) return View(input);
        TempData["Message"] = T["已保存部门 {0}", department.Name].Value;
        return Redirect("/admin/departments");
    }

    [HttpPost("{id:int}/delete")]
    public async Task<IActionResult> Delete(int id)
    {
        if (await Departments.FindAsync(id) is not { } department) return NotFound();
        var users = await db.Users.CountAsync(u => u.DepartmentId == id);
        var items = await db.Set<ContentItemRecord>().Where(r => r.DepartmentId == id)
            .Select(r => r.ContentItemId).Distinct().CountAsync();
        var tasks = await db.Set<PlanTask>().CountAsync(t => t.LeadUnitIds.Contains(id) || t.ResponsibleUnitIds.Contains(id));
        if (users + items + tasks > 0)
        {
            var uses = new List<string>();
            if (users > 0) uses.Add(T["{0} 个用户", users]);
            if (items > 0) uses.Add(T["{0} 条内容", items]);
            if (tasks > 0) uses.Add(T["{0} 项方案任务", tasks]);
            TempData["Error"] = T["不能删除部门“{0}”：它仍被{1}引用。请先把这些用户、内容或任务改到其他部门。",
                department.Name, string.Join("、", uses)].Value;
            return Redirect("/admin/departments");
        }
        Departments.Remove(department);
        // The audit entry's save is the delete's: both or neither.
        await audit.RecordAsync(new AuditEntry(AuditEvents.DepartmentChanged, T["删除部门 {0}（编号 {1}）", department.Name, id]));
        TempData["Message"] = T["已删除部门 {0}", department.Name].Value;
        return Redirect("/admin/departments");
    }

    private async Task CheckNameAsync(DepartmentInput input, int? exceptId)
    {
        var name = input.Name?.Trim() ?? "";
        if (name.Length > 0 && await Departments.AnyAsync(d => d.Name == name && d.Id != exceptId))
            ModelState.AddModelError(nameof(input.Name), T["已有名为“{0}”的部门", name]);
    }

    private static void Apply(DepartmentInput input, Department department)
    {
        department.Name = input.Name.Trim();
        department.Kind = input.Kind ?? DepartmentKind.Other;
        department.Aliases = input.Aliases?.Trim() ?? "";
        department.SortOrder = input.SortOrder ?? 0;
    }

    /// <summary>The unique index is the final word when two administrators save the same name at once.</summary>
    private async Task<bool> TrySaveAsync(DepartmentInput input, string summary)
    {
        try
        {
            // The audit entry's save is the change's: both or neither.
            await audit.RecordAsync(new AuditEntry(AuditEvents.DepartmentChanged, summary));
            return true;
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            ModelState.AddModelError(nameof(input.Name), T["已有名为“{0}”的部门", input.Name.Trim()]);
            return false;
        }
    }
}
