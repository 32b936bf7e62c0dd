using Jingyuan.Cms.Content;
using Jingyuan.Cms.Data;
using Jingyuan.Cms.Security;
using Jingyuan.Cms.Web.Areas.Admin.Controllers.Support;
using Jingyuan.Cms.Web.Areas.Admin.Models;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Jingyuan.Cms.Web.Areas.Admin.Controllers;

/// <summary>
/// Content types: list, create, and edit a type with the fields of its own part (the part named
/// like the type). Adding, removing and moving fields is in <see cref="ContentTypeFieldsController"/>.
/// The definition manager validates and audits every save.
/// </summary>
[Area("Admin")]
[Route("admin/content-types")]
[RequirePermission("ManageContentTypes")]
public sealed class ContentTypesController(
    CmsDbContext db,
    IContentDefinitionManager definitions,
    IStringLocalizer<ContentTypesController> T) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index() => View(await definitions.ListTypesAsync());

    [HttpGet("create")]
    public IActionResult Create() => View(new ContentTypeCreateInput());

    [HttpPost("create")]
    public async Task<IActionResult> Create(ContentTypeCreateInput input)
    {
        var name = input.Name?.Trim() ?? "";
        if (name.Length > 0)
        {
            // Checked across disabled modules too: their types come back when the module does.
            if ((await definitions.ListTypesAsync(includeDisabledModules: true)).Any(t => string.Equals(t.Name, name, StringComparison.OrdinalIgnoreCase)))
                ModelState.AddModelError(nameof(input.Name), T["已有名为“{0}”的内容类型", name]);
            else if (await definitions.GetPartAsync(name) is not null)
                ModelState.AddModelError(nameof(input.Name), T["已有名为“{0}”的内容部件，请换一个名称", name]);
        }
        if (!ModelState.IsValid) return View(input);

        var type = new ContentTypeDefinition
        {
            Name = name, DisplayName = input.DisplayName.Trim(), Description = input.Description?.Trim() ?? "", Parts = [name],
        };
        try
        {
            await db.TryInTransactionAsync(async () =>
            {
                await definitions.SaveTypeAsync(type);
                await definitions.SavePartAsync(new ContentPartDefinition { Name = name, DisplayName = type.DisplayName });
                return true;
            });
        }
        catch (ContentValidationException ex)
        {
            ModelState.AddContentErrors(ex, key => key is "Name" or "DisplayName" ? key : null);
            return View(input);
        }
        TempData["Message"] = T["已创建内容类型 {0}，现在可以添加字段。", type.DisplayName].Value;
        return Redirect($"/admin/content-types/{name}/edit");
    }

    [HttpGet("{name}/edit")]
    public async Task<IActionResult> Edit(string name)
    {
        if (await definitions.GetTypeAsync(name) is not { } resolved) return NotFound();
        var model = new ContentTypeEditModel
        {
            DisplayName = resolved.Type.DisplayName, Description = resolved.Type.Description,
            PublicVisible = resolved.Type.PublicVisible, PlanChapter = resolved.Type.PlanChapter,
            Fields = OwnFields(resolved).Select(FieldInput.From).ToList(),
        };
        return View(await CompleteAsync(model, resolved));
    }

    [HttpPost("{name}/edit")]
    public async Task<IActionResult> Edit(string name, ContentTypeEditModel input)
    {
        if (await definitions.GetTypeAsync(name) is not { } resolved) return NotFound();
        if (!ModelState.IsValid) return View(await CompleteAsync(input, resolved));

        var type = resolved.Type;
        type.DisplayName = input.DisplayName.Trim();
        type.Description = input.Description?.Trim() ?? "";
        if (type.ModuleId is null)
        {
            type.PublicVisible = input.PublicVisible;
            type.PlanChapter = input.PlanChapter;
        }
        var part = resolved.Parts.FirstOrDefault(p => p.Name == type.Name);
        if (part is not null)
        {
            // Saved in display order so the validator's "Fields[i]" is row i of the form.
            part.Fields = OwnFields(resolved).ToList();
            for (var i = 0; i < part.Fields.Count; i++) part.Fields[i].Order = i;
            foreach (var posted in input.Fields)
            {
                if (part.Fields.FirstOrDefault(f => f.Name == posted.Name) is { } field) posted.ApplyTo(field);
            }
        }
        try
        {
            await db.TryInTransactionAsync(async () =>
            {
                await definitions.SaveTypeAsync(type);
                if (part is not null) await definitions.SavePartAsync(part);
                return true;
            });
        }
        catch (ContentValidationException ex)
        {
            ModelState.AddContentErrors(ex, key => FormKey(key, part, input));
            return View(await CompleteAsync(input, resolved));
        }
        TempData["Message"] = T["已保存内容类型 {0}", type.DisplayName].Value;
        return Redirect($"/admin/content-types/{type.Name}/edit");
    }

    internal static IEnumerable<ContentFieldDefinition> OwnFields(ResolvedContentType resolved) =>
        resolved.Parts.FirstOrDefault(p => p.Name == resolved.Type.Name)?.Fields.OrderBy(f => f.Order) ?? Enumerable.Empty<ContentFieldDefinition>();

    /// <summary>Fills in what the form does not post: names, kinds, shared fields, the types a link may point to.</summary>
    private async Task<ContentTypeEditModel> CompleteAsync(ContentTypeEditModel model, ResolvedContentType resolved)
    {
        model.Name = resolved.Type.Name;
        model.ModuleId = resolved.Type.ModuleId;
        var own = OwnFields(resolved).ToList();
        model.Fields.RemoveAll(f => own.All(o => o.Name != f.Name));
        foreach (var field in model.Fields) field.Kind = own.First(o => o.Name == field.Name).Kind;
        model.SharedFields = resolved.Parts.Where(p => p.Name != resolved.Type.Name).SelectMany(p => p.Fields).ToList();
        ViewData["LinkOptions"] = await definitions.ListTypesAsync();
        return model;
    }

    private static string? FormKey(string key, ContentPartDefinition? part, ContentTypeEditModel input)
    {
        if (key is "DisplayName") return key;
        if (part is null || ContentValidationErrors.FieldKey(key) is not { } at || at.Index >= part.Fields.Count) return null;
        var row = input.Fields.FindIndex(f => f.Name == part.Fields[at.Index].Name);
        return row < 0 ? null : $"Fields[{row}].{ContentValidationErrors.InputFor(at.Member)}";
    }
}
