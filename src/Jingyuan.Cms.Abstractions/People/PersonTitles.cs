using Jingyuan.Cms.Content;

namespace Jingyuan.Cms.People;

/// <summary>
/// The title of a people ledger's row is never typed: it is the masked name and masked ID number
/// (马*明 6404**********1234), because titles are stored in clear and shown in lists, history and the audit trail.
/// </summary>
public static class PersonTitles
{
    /// <summary>Whether the type carries the person block (a personal 姓名 and an ID number field).</summary>
    public static bool Applies(ResolvedContentType type) =>
        type.Field(PersonFields.Name) is { Settings.Personal: true } && type.Field(PersonFields.IdNumber) is { Settings.Personal: true };

    /// <summary>The row's title, or null when the type has no person block or the name is not filled in.</summary>
    public static string? Of(ResolvedContentType type, ContentItem item)
    {
        if (!Applies(type) || item.GetText(PersonFields.Name) is not { Length: > 0 } name) return null;
        var id = item.GetText(PersonFields.IdNumber);
        return string.IsNullOrWhiteSpace(id) ? PersonalDataMask.Mask(name) : $"{PersonalDataMask.Mask(name)} {PersonalDataMask.Mask(id)}";
    }
}
