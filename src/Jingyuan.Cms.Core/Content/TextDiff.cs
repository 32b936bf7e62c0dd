using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;

namespace Jingyuan.Cms.Content;

/// <summary>A readable line diff ("- old" / "+ new") for the audit trail and version history.</summary>
public static class TextDiff
{
    public static string Describe(string? before, string? after)
    {
        var model = InlineDiffBuilder.Diff(before ?? "", after ?? "");
        var lines = model.Lines
            .Where(l => l.Type is ChangeType.Inserted or ChangeType.Deleted)
            .Select(l => (l.Type == ChangeType.Inserted ? "+ " : "- ") + l.Text);
        return string.Join('\n', lines);
    }
}
