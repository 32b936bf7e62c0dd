using Jingyuan.Cms.Departments;
using Jingyuan.Cms.Plan;
using Microsoft.EntityFrameworkCore;

namespace Jingyuan.Cms.Content;

/// <summary>
/// Input rules that need the database or the acting user, for every caller: sane years and dates,
/// references to units, sites and content that exist, no invisible control characters, and a
/// department's editor naming no other unit in a department field (发布单位 and the like).
/// </summary>
public sealed partial class ContentManager
{
    public const int MinYear = 1949;
    public const int MaxYear = 2100;
    private static readonly DateOnly MinDate = new(MinYear, 1, 1);
    private static readonly DateOnly MaxDate = new(MaxYear, 12, 31);

    private async Task CheckInputAsync(ContentItem item, ResolvedContentType type, Dictionary<string, string[]> errors)
    {
        if (InvisibleCharacters.Contains(item.DisplayText)) errors.TryAdd(nameof(ContentItem.DisplayText), ["标题" + InvisibleCharacters.Message]);
        if (item.Year is < MinYear or > MaxYear) errors.TryAdd(nameof(ContentItem.Year), [$"年度必须在 {MinYear}–{MaxYear} 之间"]);
        var own = await FieldScopeAsync();
        foreach (var field in type.Fields.Where(f => !errors.ContainsKey(f.Name) && item.Data[f.Name] is not null))
        {
            if (await CheckFieldAsync(field, item, own) is { } error) errors[field.Name] = [error];
        }
    }

    private async Task<string?> CheckFieldAsync(ContentFieldDefinition field, ContentItem item, int? ownDepartment)
    {
        switch (field.Kind)
        {
            case FieldKind.Text or FieldKind.LongText:
                return InvisibleCharacters.Contains(item.GetText(field.Name), allowLineBreaks: true) ? field.Label + InvisibleCharacters.Message : null;
            case FieldKind.Html:
                // Sanitized markup: dropping invisible characters cannot change its structure.
                item.Data[field.Name] = InvisibleCharacters.Strip(item.GetText(field.Name) ?? "");
                return null;
            case FieldKind.Date:
                return item.GetDate(field.Name) is { } date && (date < MinDate || date > MaxDate)
                    ? $"{field.Label}必须在 {MinYear} 年至 {MaxYear} 年之间" : null;
            case FieldKind.Department:
                if (IdOf(item, field) is not { } unit || !await db.Set<Department>().AnyAsync(d => d.Id == unit))
                    return $"{field.Label}：所选单位不存在";
                return ownDepartment is { } own && unit != own ? $"{field.Label}只能是本单位" : null;
            case FieldKind.Site:
                return IdOf(item, field) is { } site && await db.Set<ResettlementSite>().AnyAsync(s => s.Id == site)
                    ? null : $"{field.Label}：所选安置区不存在";
            case FieldKind.ContentLink:
                var id = item.GetText(field.Name);
                var linked = field.Settings.LinkedContentType;
                var exists = await Live().AnyAsync(r => r.ContentItemId == id && r.Latest
                    && (linked == null || r.ContentType == linked));
                return exists ? null : $"{field.Label}：所选内容不存在";
            default:
                return null;
        }
    }

    // Read as text: a value set in memory from an int does not convert to decimal as a stored one does.
    private static int? IdOf(ContentItem item, ContentFieldDefinition field) =>
        int.TryParse(item.Data[field.Name]?.ToString(), System.Globalization.NumberStyles.Integer,
            System.Globalization.CultureInfo.InvariantCulture, out var id) ? id : null;
}
