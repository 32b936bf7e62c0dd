using System.Linq.Expressions;
using Jingyuan.Cms.Content;

namespace Jingyuan.Cms.Chapters;

/// <summary>
/// Declares a ledger's content type: its fields in form order, with kinds, units, ranges, choices and
/// flags. Fields a sum, count, filter or condition can use are indexed by default (numbers, dates,
/// choices, sites, departments, yes/no); personal fields never are in clear.
/// <code>
/// chapter.Record&lt;TourismOperator&gt;("农家乐/民宿/手工编织", r => r
///     .Site(x => x.Village, "所在村（安置区）").Required()
///     .Choice(x => x.OperatorType, "经营类型", TourismOperator.OperatorTypes).Required().Filterable()
///     .Text(x => x.OwnerName, "经营户姓名").MaxLength(50).Personal());
/// </code>
/// </summary>
public class RecordTypeBuilder<TRecord> where TRecord : ChapterRecord
{
    private readonly RecordTypeShape shape;

    internal RecordTypeBuilder(RecordTypeShape shape) => this.shape = shape;

    /// <summary>The declaration so far, for extensions of the kit (e.g. public tallies of people ledgers).</summary>
    internal RecordTypeShape Shape => shape;

    public RecordTypeBuilder<TRecord> Describe(string description) { shape.Type.Description = description; return this; }

    /// <summary>Published records get a public page (/records/{id}), search and open data; personal fields never show.</summary>
    public RecordTypeBuilder<TRecord> Public() { shape.Type.PublicVisible = true; return this; }

    /// <summary>Kept inside the administration (the default): e.g. ledgers naming households.</summary>
    public RecordTypeBuilder<TRecord> Internal() { shape.Type.PublicVisible = false; return this; }

    /// <summary>Public, and published records also appear in the site's RSS feed next to the notices.</summary>
    public RecordTypeBuilder<TRecord> InFeed() { shape.Type.PublicVisible = shape.Type.InFeed = true; return this; }

    /// <summary>
    /// Only these units (names or aliases of the department list) create, edit and submit the type's records by
    /// default, instead of the units of the chapter's tasks; the reviewer still sees and publishes them.
    /// </summary>
    public RecordTypeBuilder<TRecord> KeptBy(params string[] units) { shape.KeptBy.AddRange(units); return this; }

    /// <summary>Units that may also view the type's records (view-internal by default), without writing them.</summary>
    public RecordTypeBuilder<TRecord> ViewedBy(params string[] units) { shape.ViewedBy.AddRange(units); return this; }

    /// <summary>
    /// Kept month by month: <paramref name="field"/>, a Date field declared on this type, holds the month a row reports.
    /// A change of a person's situation is a new version; the admin shows each month's end and who has not reported.
    /// </summary>
    public RecordTypeBuilder<TRecord> KeptMonthly(Expression<Func<TRecord, object?>> field)
    {
        shape.Type.LedgerMonthField = ChapterRecords.FieldName(field);
        return this;
    }

    public FieldBuilder<TRecord> Text(Expression<Func<TRecord, object?>> field, string label) => Add(field, label, FieldKind.Text, indexed: false);
    public FieldBuilder<TRecord> LongText(Expression<Func<TRecord, object?>> field, string label) => Add(field, label, FieldKind.LongText, indexed: false);
    public FieldBuilder<TRecord> Html(Expression<Func<TRecord, object?>> field, string label) => Add(field, label, FieldKind.Html, indexed: false);
    public FieldBuilder<TRecord> Number(Expression<Func<TRecord, object?>> field, string label, string unit) =>
        Add(field, label, FieldKind.Number, indexed: true).Unit(unit);
    public FieldBuilder<TRecord> Date(Expression<Func<TRecord, object?>> field, string label) => Add(field, label, FieldKind.Date, indexed: true);
    public FieldBuilder<TRecord> YesNo(Expression<Func<TRecord, object?>> field, string label) => Add(field, label, FieldKind.Boolean, indexed: true);
    public FieldBuilder<TRecord> Choice(Expression<Func<TRecord, object?>> field, string label, IEnumerable<string> options) =>
        Add(field, label, FieldKind.Choice, indexed: true).Options(options);
    public FieldBuilder<TRecord> MultiChoice(Expression<Func<TRecord, object?>> field, string label, IEnumerable<string> options) =>
        Add(field, label, FieldKind.MultiChoice, indexed: false).Options(options);
    /// <summary>A resettlement site or village of the plan.</summary>
    public FieldBuilder<TRecord> Site(Expression<Func<TRecord, object?>> field, string label) => Add(field, label, FieldKind.Site, indexed: true);
    public FieldBuilder<TRecord> Department(Expression<Func<TRecord, object?>> field, string label) => Add(field, label, FieldKind.Department, indexed: true);
    public FieldBuilder<TRecord> Link(Expression<Func<TRecord, object?>> field, string label, string contentType) =>
        Add(field, label, FieldKind.ContentLink, indexed: true).With(s => s.LinkedContentType = contentType);
    public FieldBuilder<TRecord> Files(Expression<Func<TRecord, object?>> field, string label, FileKinds kinds) =>
        Add(field, label, FieldKind.Files, indexed: false).With(s => s.AllowedKinds = kinds);

    private FieldBuilder<TRecord> Add(Expression<Func<TRecord, object?>> field, string label, FieldKind kind, bool indexed)
    {
        var name = ChapterRecords.FieldName(field);
        if (shape.Fields.Any(f => f.Name == name)) throw new InvalidOperationException($"{shape.Type.Name}.{name} is declared twice.");
        var definition = new ContentFieldDefinition
        {
            Name = name, Label = label, Kind = kind, Order = (shape.Fields.Count + 1) * 10, Settings = new() { Indexed = indexed },
        };
        shape.Fields.Add(definition);
        return new FieldBuilder<TRecord>(shape, definition);
    }
}

/// <summary>The settings of the field just declared; any field method starts the next one.</summary>
public sealed class FieldBuilder<TRecord> : RecordTypeBuilder<TRecord> where TRecord : ChapterRecord
{
    private readonly RecordTypeShape shape;
    private readonly ContentFieldDefinition field;

    internal FieldBuilder(RecordTypeShape shape, ContentFieldDefinition field) : base(shape) => (this.shape, this.field) = (shape, field);

    public FieldBuilder<TRecord> Required() { field.Required = true; return this; }
    public FieldBuilder<TRecord> Hint(string hint) => With(s => s.Hint = hint);
    public FieldBuilder<TRecord> Unit(string unit) => With(s => s.Unit = unit);
    public FieldBuilder<TRecord> Min(decimal min) => With(s => s.Min = min);
    public FieldBuilder<TRecord> Max(decimal max) => With(s => s.Max = max);
    public FieldBuilder<TRecord> Range(decimal min, decimal max) => With(s => (s.Min, s.Max) = (min, max));
    public FieldBuilder<TRecord> MaxLength(int length) => With(s => s.MaxLength = length);
    public FieldBuilder<TRecord> Options(IEnumerable<string> options) => With(s => s.Options = [.. options]);
    public FieldBuilder<TRecord> Extensions(params string[] extensions) => With(s => s.AllowedExtensions = [.. extensions]);
    public FieldBuilder<TRecord> MaxFiles(int count, int megabytesEach) => With(s => (s.MaxFiles, s.MaxFileBytes) = (count, megabytesEach * 1024L * 1024));
    /// <summary>Queryable: copied into the field index (sums, counts, conditions, lists).</summary>
    public FieldBuilder<TRecord> Indexed() => With(s => s.Indexed = true);
    /// <summary>Offered as a filter on the ledger's admin list (and indexed).</summary>
    public FieldBuilder<TRecord> Filterable()
    {
        if (!shape.FilterFields.Contains(field.Name)) shape.FilterFields.Add(field.Name);
        return Indexed();
    }
    /// <summary>Personal data: encrypted at rest, masked in lists, never public, never in search or open data.</summary>
    public FieldBuilder<TRecord> Personal() => With(s => s.Personal = true);
    /// <summary>A checked text format (身份证号码 with its check character, phone numbers), refused at the field when wrong.</summary>
    public FieldBuilder<TRecord> Format(TextFormat format) => With(s => s.Format = format);

    internal FieldBuilder<TRecord> With(Action<FieldSettings> change)
    {
        change(field.Settings);
        return this;
    }
}

/// <summary>What a record declaration produces: the type, its own part's fields and its list filters.</summary>
public sealed class RecordTypeShape
{
    public required ContentTypeDefinition Type { get; init; }
    public List<ContentFieldDefinition> Fields { get; } = [];
    public List<string> FilterFields { get; } = [];
    /// <summary>Units writing the type by default (<see cref="RecordTypeBuilder{TRecord}.KeptBy"/>); empty: the chapter's units.</summary>
    public List<string> KeptBy { get; } = [];
    /// <summary>Units viewing the type by default (<see cref="RecordTypeBuilder{TRecord}.ViewedBy"/>).</summary>
    public List<string> ViewedBy { get; } = [];
    /// <summary>Aggregates of the type published on the chapter's public page (<see cref="People.PublicTallies"/>).</summary>
    public List<People.PublicTally> PublicTallies { get; } = [];

    /// <summary>The type's own part, named like the type.</summary>
    public ContentPartDefinition Part => new() { Name = Type.Name, DisplayName = Type.DisplayName, Fields = Fields };
}
