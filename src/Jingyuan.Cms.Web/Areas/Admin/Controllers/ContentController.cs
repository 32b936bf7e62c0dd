using Jingyuan.Cms.Content;
using Jingyuan.Cms.Departments;
using Jingyuan.Cms.Plan;
using Jingyuan.Cms.Security;
using Jingyuan.Cms.Time;
using Jingyuan.Cms.Web.Areas.Admin.Models;
using Jingyuan.Cms.Web.Areas.Admin.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Jingyuan.Cms.Web.Areas.Admin.Controllers;

/// <summary>
/// Lists and generated forms for every content type. Each action checks the user's rights
/// on the item itself (department scope), not only on the page.
/// </summary>
[Area("Admin")]
[Route("admin/content")]
[RequirePermission("AccessAdmin")]
public sealed partial class ContentController(
    IContentManager contents,
    IContentDefinitionManager definitions,
    IContentAuthorizer authorizer,
    IDepartmentStore departments,
    IPlanStore plans,
    ContentFormBinder binder,
    TimeProvider clock,
    IStringLocalizer<ContentController> T) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? type, ContentStatus? status, int? department, int? year, string? q, int page = 1)
    {
        var scope = await authorizer.DepartmentScopeAsync(User);
        var query = new ContentQuery
        {
            ContentTypes = string.IsNullOrEmpty(type) ? [] : [type],
            Status = status, DepartmentId = scope ?? department, Year = year, Text = q, Page = page, PageSize = 20,
        };
        var selected = string.IsNullOrEmpty(type) ? null : await definitions.GetTypeAsync(type);
        if (selected is not null) query.Fields.AddRange(FieldFilters(selected));
        return View(new ContentListModel
        {
            SelectedType = selected,
            FieldValues = query.Fields.ToDictionary(f => f.Field, f => f.Value),
            Result = await contents.QueryAsync(query),
            Types = await definitions.ListTypesAsync(),
            Departments = await departments.ListAsync(),
            Type = type, Status = status, DepartmentId = department, Year = year, Text = q,
            DepartmentScoped = scope is not null,
            BulkPublish = status == ContentStatus.Submitted
                && await HasPermissionAsync(StandardPermissions.ReviewContent),
        });
    }

    [HttpGet("new/{type}")]
    public async Task<IActionResult> Create(string type)
    {
        var definition = await definitions.GetTypeAsync(type);
        if (definition is null) return NotFound();
        if (!await authorizer.CanCreateAsync(User, type)) return Forbid();
        var item = await contents.NewAsync(type);
        item.Year = await plans.CurrentYearAsync() ?? ChinaTime.CurrentYear(clock);
        // A department's editor issues and owns what they write: its department fields start as their own.
        if (await authorizer.DepartmentScopeAsync(User) is { } own)
        {
            item.DepartmentId = own;
            foreach (var field in definition.Fields.Where(f => f.Kind == FieldKind.Department)) item.Set(field.Name, own);
        }
        return View("Edit", await EditorAsync(definition, item, isNew: true, stamp: null));
    }

    [HttpPost("new/{type}")]
    public async Task<IActionResult> Create(string type, int? departmentId)
    {
        var definition = await definitions.GetTypeAsync(type);
        if (definition is null) return NotFound();
        if (!await authorizer.CanCreateAsync(User, type)) return Forbid();
        // Always a new item: its id is the engine's, never one posted with the form.
        var item = await contents.NewAsync(type);
        var fixedDepartment = await authorizer.DepartmentScopeAsync(User);
        item.DepartmentId = fixedDepartment ?? departmentId;
        return await SaveAsync(definition, item, isNew: true, stamp: null);
    }

    [HttpGet("{id}/edit")]
    public async Task<IActionResult> Edit(string id)
    {
        var (item, definition) = await LoadAsync(id);
        if (item is null || definition is null) return NotFound();
        if (!await authorizer.CanAsync(User, ContentAction.Edit, item)) return Forbid();
        return View(await EditorAsync(definition, item, isNew: false, stamp: item.ConcurrencyStamp));
    }

    [HttpPost("{id}/edit")]
    public async Task<IActionResult> Edit(string id, string? stamp, int? departmentId)
    {
        var (item, definition) = await LoadAsync(id);
        if (item is null || definition is null) return NotFound();
        if (!await authorizer.CanAsync(User, ContentAction.Edit, item)) return Forbid();
        if (await authorizer.DepartmentScopeAsync(User) is null && departmentId is not null) item.DepartmentId = departmentId;
        return await SaveAsync(definition, item, isNew: false, stamp);
    }

    private async Task<IActionResult> SaveAsync(ResolvedContentType definition, ContentItem item, bool isNew, string? stamp)
    {
        await binder.BindAsync(Request.Form, definition, item, ModelState);
        if (ModelState.IsValid)
        {
            try
            {
                var saved = await contents.SaveDraftAsync(item, stamp);
                TempData["Message"] = T["已保存为第{0}版草稿。", saved.Number].Value;
                return Redirect($"/admin/content/{saved.ContentItemId}/edit");
            }
            catch (ContentValidationException e)
            {
                foreach (var (field, messages) in e.Errors)
                {
                    var key = definition.Field(field) is null ? field : ContentFormBinder.Prefix + field;
                    foreach (var message in messages) ModelState.AddModelError(key, message);
                }
            }
            catch (ContentStateException e)
            {
                ModelState.AddModelError("", e.Message);
            }
            catch (ContentConcurrencyException e)
            {
                // The editor's input stays on the form; nothing is overwritten.
                var conflict = T["保存失败：{0} 于 {1} 修改了此内容。您的修改尚未保存，请先查看最新版本，再重新修改。",
                    e.ModifiedBy, ChinaTime.Format(e.ModifiedUtc)].Value;
                Response.StatusCode = StatusCodes.Status409Conflict;
                return View("Edit", await EditorAsync(definition, item, isNew, stamp, conflict));
            }
        }
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View("Edit", await EditorAsync(definition, item, isNew, stamp));
    }

    private async Task<(ContentItem? Item, ResolvedContentType? Type)> LoadAsync(string id)
    {
        var item = await contents.GetLatestAsync(id);
        return item is null ? (null, null) : (item, await definitions.GetTypeAsync(item.ContentType));
    }

    private async Task<ContentEditorModel> EditorAsync(ResolvedContentType type, ContentItem item, bool isNew, string? stamp, string? conflict = null) => new()
    {
        Type = type, Item = item, IsNew = isNew, Stamp = stamp, ConflictMessage = conflict,
        Departments = await departments.ListAsync(),
        Sites = type.Fields.Any(f => f.Kind == FieldKind.Site) ? await plans.ListSitesAsync() : [],
        FixedDepartmentId = await authorizer.DepartmentScopeAsync(User),
        CanRevealPersonal = !isNew && await HasPermissionAsync(PersonalDataPermissions.RevealPersonalData),
    };
}
