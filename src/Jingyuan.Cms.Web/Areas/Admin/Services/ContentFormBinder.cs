using System.Text.Json.Nodes;
using Jingyuan.Cms.Content;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;

namespace Jingyuan.Cms.Web.Areas.Admin.Services;

/// <summary>
/// Reads a generated content form into an item. Field inputs are named "f.{Field}";
/// errors go into ModelState under the same key, so they show next to the field.
/// Uploaded files are judged by their bytes (see <see cref="IMediaStore"/>) before any is stored.
/// </summary>
public sealed class ContentFormBinder(IMediaStore media, IStringLocalizer<ContentFormBinder> T)
{
    public const string Prefix = "f.";

    public async Task BindAsync(IFormCollection form, ResolvedContentType type, ContentItem item, ModelStateDictionary errors)
    {
        item.DisplayText = form["DisplayText"].ToString();
        if (int.TryParse(form["Year"], out var year)) item.Year = year;
        else if (!string.IsNullOrWhiteSpace(form["Year"])) errors.AddModelError("Year", T["年度必须是四位数字"]);

        foreach (var field in type.Fields)
        {
            var key = Prefix + field.Name;
            if (field.Kind == FieldKind.Files)
            {
                await BindFilesAsync(form, field, item, errors);
                continue;
            }
            var raw = form[key].Select(v => v ?? "").ToList();
            if (field.Settings.Personal && field.Kind != FieldKind.Boolean && !BindPersonal(field, key, raw, item, errors)) continue;
            if (field.Kind == FieldKind.Boolean) raw = [raw.Contains("true") ? "true" : "false"];
            var (value, error) = FieldValueParser.Parse(field, raw);
            if (error is not null) errors.AddModelError(key, $"{field.Label}：{T[error]}");
            item.Data[field.Name] = value;
        }
    }

    /// <summary>
    /// A personal value is shown masked: posted back unchanged it keeps the stored value (false:
    /// nothing more to bind). A new value is echoed on a failed post as typed, never masked again.
    /// </summary>
    private bool BindPersonal(ContentFieldDefinition field, string key, List<string> raw, ContentItem item, ModelStateDictionary errors)
    {
        var posted = raw.Count == 1 ? raw[0] : null;
        if (PersonalDataMask.IsMaskOf(posted, item.GetText(field.Name))) return false;
        errors.SetModelValue(key, raw.ToArray(), string.Join(",", raw));
        errors.MarkFieldValid(key); // a recorded value alone would leave the form "unvalidated", hence invalid
        if (posted is not null && posted.Contains('*'))
        {
            errors.AddModelError(key, $"{field.Label}：{T["请填写完整的值（不能含 *）"]}");
            return false;
        }
        return true;
    }

    private async Task BindFilesAsync(IFormCollection form, ContentFieldDefinition field, ContentItem item, ModelStateDictionary errors)
    {
        var key = Prefix + field.Name;
        var kept = item.GetFiles(field.Name).Where(f => form[key + ".keep"].Contains(f.Id)).ToList();
        // Empty files are uploads too: the editor chose them, so they get a message rather than vanish.
        var uploads = form.Files.GetFiles(key).Where(f => f.Length > 0 || f.FileName.Length > 0).ToList();
        foreach (var upload in uploads)
        {
            await using var stream = upload.OpenReadStream();
            if (await media.CheckAsync(stream, upload.FileName, field.Settings) is { } problem)
                errors.AddModelError(key, $"{field.Label}：{problem}");
        }
        if (!errors.IsValid) return; // store no upload of a form that will be rejected anyway
        foreach (var upload in uploads)
        {
            await using var stream = upload.OpenReadStream();
            kept.Add(await media.SaveAsync(stream, upload.FileName, field.Settings));
        }
        item.Data[field.Name] = kept.Count == 0 ? null : new JsonArray(kept.Select(f => (JsonNode)f.ToJson()).ToArray());
    }
}
