using System.Globalization;
using System.Text;

namespace Jingyuan.Cms.Security;

public static class LoginNames
{
    public const int AuditLength = 64;

    /// <summary>A typed user name as the audit trail may keep it: control and format characters (newlines,
    /// right-to-left overrides, zero-width) removed, at most <see cref="AuditLength"/> characters.</summary>
    public static string ForAudit(string? typed)
    {
        var kept = new StringBuilder();
        foreach (var c in (typed ?? "").Trim())
        {
            var category = char.GetUnicodeCategory(c);
            if (category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator
                or UnicodeCategory.ParagraphSeparator or UnicodeCategory.Surrogate or UnicodeCategory.OtherNotAssigned) continue;
            kept.Append(c);
            if (kept.Length == AuditLength) break;
        }
        return kept.ToString();
    }
}
