namespace Jingyuan.Cms.Notices;

/// <summary>
/// What the issuing unit fills in for any 公示: its unit (ignored for a department's editor, whose unit is
/// their own), the 公示期 and where objections go. A module's form input derives from it and adds its own
/// choices (a year, a month and township, ...).
/// </summary>
public class PublicityNoticeInput
{
    /// <summary>The issuing unit chosen by a user who speaks for every unit.</summary>
    public int? DepartmentId { get; set; }
    /// <summary>First day of the 公示期.</summary>
    public DateOnly? PeriodStart { get; set; }
    /// <summary>Last day of the 公示期.</summary>
    public DateOnly? PeriodEnd { get; set; }
    /// <summary>Where objections are phoned in (this or the address is required).</summary>
    public string? ObjectionPhone { get; set; }
    /// <summary>Where objections are written to.</summary>
    public string? ObjectionAddress { get; set; }
}

/// <summary>
/// A 公示's content as a module declares it: title, the opening paragraph, the table (columns and rows of
/// plain text; 序号 is added in front) and the unit that takes objections. Every text is HTML-encoded by
/// <see cref="IPublicityNoticeComposer"/>, so a record's value never becomes markup.
/// </summary>
/// <param name="Title">The notice title (公示标题).</param>
/// <param name="Intro">The opening paragraph.</param>
/// <param name="Columns">Column headings, without 序号.</param>
/// <param name="Rows">One list of cells per row, in column order.</param>
/// <param name="IssuerName">The unit named in the closing objection paragraph.</param>
public sealed record PublicityNotice(
    string Title,
    string Intro,
    IReadOnlyList<string> Columns,
    IReadOnlyList<IReadOnlyList<string?>> Rows,
    string IssuerName);

/// <summary>Checks a 公示's input and turns a <see cref="PublicityNotice"/> into a draft for <see cref="INoticePublisher"/>.</summary>
public interface IPublicityNoticeComposer
{
    /// <summary>Field errors keyed by the <see cref="PublicityNoticeInput"/> property name; empty when the input can be published.</summary>
    IReadOnlyDictionary<string, string> Validate(PublicityNoticeInput input);

    /// <summary>The notice body (intro, numbered table, closing objection paragraph) with the period and contact of the input.</summary>
    NoticeDraft Compose(PublicityNotice notice, PublicityNoticeInput input, int issuingDepartmentId);
}
