using System.Linq.Expressions;
using Jingyuan.Cms.Chapters;
using Jingyuan.Cms.Content;

namespace Jingyuan.Cms.People;

/// <summary>How a public tally groups its persons: by the township of the record's 安置区（村）, or by the site within its township.</summary>
public enum TallyBy
{
    Township,
    TownshipAndVillage,
}

/// <summary>
/// An aggregate of a people ledger that the public may see: distinct persons (by ID number) among the
/// published records of a plan year, per township or site, optionally split by a choice field
/// (<see cref="CountField"/>) and with the share of persons for whom a yes/no field holds
/// (<see cref="ShareField"/>). Stored when records change; public pages never read the ledger itself.
/// </summary>
public sealed record PublicTally
{
    /// <summary>Stable identity of the stored rows: the type and the title.</summary>
    public string Key => $"{ContentType}/{Title}";
    public required string ContentType { get; init; }
    /// <summary>Caption of the public table and chart (Chinese).</summary>
    public required string Title { get; init; }
    public TallyBy By { get; init; }
    /// <summary>A choice field: one column of distinct persons per option.</summary>
    public string? CountField { get; init; }
    /// <summary>A yes/no field: persons with it "yes", and their share of all persons of the row.</summary>
    public string? ShareField { get; init; }
    /// <summary>Column captions: the count field's options, the share field's label.</summary>
    public IReadOnlyList<string> Categories { get; init; } = [];
    public string? ShareLabel { get; init; }
}

public static class PublicTallies
{
    /// <summary>
    /// Publishes an aggregate of this people ledger on the chapter's public page (a table and a chart);
    /// the ledger itself may stay internal. Counts under 3 show as "&lt;3", shares of fewer than 3 persons not at all.
    /// <code>
    /// .PublicTally("监测对象按类别统计", by: TallyBy.TownshipAndVillage, count: x => x.Category, share: x => x.RiskEliminated)
    /// .PublicTally("参加技能培训人员", by: TallyBy.TownshipAndVillage, share: x => x.Trained)
    /// </code>
    /// Declared after the fields it reads; a count field must be a choice, a share field a yes/no field.
    /// </summary>
    public static RecordTypeBuilder<TRecord> PublicTally<TRecord>(this RecordTypeBuilder<TRecord> r, string title,
        TallyBy by = TallyBy.TownshipAndVillage, Expression<Func<TRecord, object?>>? count = null,
        Expression<Func<TRecord, object?>>? share = null)
        where TRecord : PersonRecord
    {
        var shape = r.Shape;
        var countField = count is null ? null : Declared(shape, ChapterRecords.FieldName(count), FieldKind.Choice);
        var shareField = share is null ? null : Declared(shape, ChapterRecords.FieldName(share), FieldKind.Boolean);
        Declared(shape, PersonFields.IdNumber, FieldKind.Text);
        Declared(shape, PersonFields.Site, FieldKind.Site);
        if (shape.PublicTallies.Any(t => t.Title == title))
            throw new InvalidOperationException($"{shape.Type.Name}: public tally “{title}” is declared twice.");
        shape.PublicTallies.Add(new PublicTally
        {
            ContentType = shape.Type.Name, Title = title, By = by,
            CountField = countField?.Name, ShareField = shareField?.Name,
            Categories = countField?.Settings.Options ?? [], ShareLabel = shareField?.Label,
        });
        return r;
    }

    private static ContentFieldDefinition Declared(RecordTypeShape shape, string name, FieldKind kind)
    {
        var field = shape.Fields.FirstOrDefault(f => f.Name == name)
            ?? throw new InvalidOperationException($"{shape.Type.Name}: a public tally reads {name}, which is not declared before it (declare PersonDetails() and the field first).");
        if (field.Kind != kind || !field.Settings.Indexed)
            throw new InvalidOperationException($"{shape.Type.Name}.{name}: a public tally needs an indexed {kind} field, not {field.Kind}.");
        return field;
    }
}
