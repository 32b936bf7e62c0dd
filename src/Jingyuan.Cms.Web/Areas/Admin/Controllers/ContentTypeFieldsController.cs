using Jingyuan.Cms.Content;
using Jingyuan.Cms.Data;
using Jingyuan.Cms.Security;
using Jingyuan.Cms.Web.Areas.Admin.Controllers.Support;
using Jingyuan.Cms.Web.Areas.Admin.Models;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Jingyuan.Cms.Web.Areas.Admin.Controllers;

/// <summary>Adds, removes and reorders the fields of a type's own part.</summary>
[Area("Admin")]
[Route("admin/content-types/{type}/fields")]
[RequirePermission("ManageContentTypes")]
public sealed class ContentTypeFieldsController(
    CmsDbContext db,
    IContentDefinitionManager definitions,
    IStringLocalizer<ContentTypeFieldsController> T) : Controller
{
    [HttpGet("add")]
    public async Task<IActionResult> Add(string type)
    {
        if (await definitions.GetTypeAsync(type) is not { } resolved) return NotFound();
        var defaults = new FieldSettings();
        var input = new FieldAddInput
        {
            Kind = FieldKind.Text, MaxFileMb = defaults.MaxFileBytes / 1024d / 1024d, MaxFiles = defaults.MaxFiles,
        };
        return View(await CompleteAsync(input, resolved));
    }

    [HttpPost("add")]
    public async Task<IActionResult> Add(string type, FieldAddInput input)
    {
        if (await definitions.GetTypeAsync(type) is not { } resolved) return NotFound();
        var name = input.Name?.Trim() ?? "";
        if (name.Length == 0) ModelState.AddModelError(nameof(input.Name), T["请填写字段名"]);
        else if (resolved.Field(name) is not null) ModelState.AddModelError(nameof(input.Name), T["该类型已有名为“{0}”的字段", name]);
        if (input.Kind is null) ModelState.AddModelError(nameof(input.Kind), T["请选择字段类型"]);

        var definition = resolved.Type;
        var part = resolved.Parts.FirstOrDefault(p => p.Name == definition.Name)
            ?? new ContentPartDefinition { Name = definition.Name, DisplayName = definition.DisplayName };
        var field = new ContentFieldDefinition
        {
            Name = name, Label = input.Label?.Trim() ?? "", Kind = input.Kind ?? FieldKind.Text,
            Order = part.Fields.Count == 0 ? 0 : part.Fields.Max(f => f.Order) + 1,
        };
        input.ApplyTo(field);
        part.Fields.Add(field);
        var newIndex = part.Fields.Count - 1;
        // The definition rules run even when the form already has errors, so every problem shows in one round.
        try
        {
            ContentDefinitionValidator.ValidatePart(part);
        }
        catch (ContentValidationException ex)
        {
            AddErrors(ex, newIndex, onlyNewKeys: true);
        }
        if (!ModelState.IsValid) return View(await CompleteAsync(input, resolved));

        try
        {
            await db.TryInTransactionAsync(async () =>
            {
                await definitions.SavePartAsync(part);
                // A type defined only by shared parts gets its own part with its first field.
                if (!definition.Parts.Contains(part.Name))
                {
                    definition.Parts.Add(part.Name);
                    await definitions.SaveTypeAsync(definition);
                }
                return true;
            });
        }
        catch (ContentValidationException ex)
        {
            AddErrors(ex, newIndex, onlyNewKeys: false);
            return View(await CompleteAsync(input, resolved));
        }
        TempData["Message"] = T["已添加字段 {0}（{1}）", field.Label, field.Name].Value;
        return Redirect($"/admin/content-types/{definition.Name}/edit");
    }

    /// <summary>
    /// The new field's errors go next to its inputs, a duplicate name next to the name. Before saving
    /// (<paramref name="onlyNewKeys"/>) an input that already shows the form's own message keeps just that one.
    /// </summary>
    private void AddErrors(ContentValidationException ex, int newIndex, bool onlyNewKeys)
    {
        foreach (var (key, messages) in ex.Errors)
        {
            var input = ContentValidationErrors.FieldKey(key) is { } at
                ? at.Index == newIndex ? ContentValidationErrors.InputFor(at.Member) : ""
                : key is "Fields" or "Parts" ? nameof(FieldAddInput.Name) : "";
            if (onlyNewKeys && ModelState.TryGetValue(input, out var entry) && entry.Errors.Count > 0) continue;
            foreach (var message in messages) ModelState.AddModelError(input, message);
        }
    }

    [HttpPost("{field}/remove")]
    public Task<IActionResult> Remove(string type, string field) =>
        ChangeAsync(type, field, (fields, index) => fields.RemoveAt(index), T["已删除字段 {0}", field]);

    [HttpPost("{field}/up")]
    public Task<IActionResult> Up(string type, string field) =>
        ChangeAsync(type, field, (fields, index) => Swap(fields, index, index - 1), T["已上移字段 {0}", field]);

    [HttpPost("{field}/down")]
    public Task<IActionResult> Down(string type, string field) =>
        ChangeAsync(type, field, (fields, index) => Swap(fields, index, index + 1), T["已下移字段 {0}", field]);

    private async Task<IActionResult> ChangeAsync(string type, string fieldName, Action<List<ContentFieldDefinition>, int> change, string done)
    {
        if (await definitions.GetTypeAsync(type) is not { } resolved) return NotFound();
        var part = resolved.Parts.FirstOrDefault(p => p.Name == resolved.Type.Name);
        var fields = ContentTypesController.OwnFields(resolved).ToList();
        var index = fields.FindIndex(f => f.Name == fieldName);
        if (part is null || index < 0) return NotFound();

        change(fields, index);
        for (var i = 0; i < fields.Count; i++) fields[i].Order = i;
        part.Fields = fields;
        try
        {
            await definitions.SavePartAsync(part);
            TempData["Message"] = done;
        }
        catch (ContentValidationException ex)
        {
            TempData["Error"] = T["保存失败：{0}", string.Join("；", ex.Errors.SelectMany(e => e.Value))].Value;
        }
        return Redirect($"/admin/content-types/{resolved.Type.Name}/edit");
    }

    // Moving the first field up or the last down leaves the order as it is.
    private static void Swap(List<ContentFieldDefinition> fields, int a, int b)
    {
        if (b < 0 || b >= fields.Count) return;
        (fields[a], fields[b]) = (fields[b], fields[a]);
    }

    private async Task<FieldAddInput> CompleteAsync(FieldAddInput input, ResolvedContentType resolved)
    {
        input.TypeName = resolved.Type.Name;
        input.TypeDisplayName = resolved.Type.DisplayName;
        ViewData["LinkOptions"] = await definitions.ListTypesAsync();
        return input;
    }
}
