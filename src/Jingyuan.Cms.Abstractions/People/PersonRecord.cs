using Jingyuan.Cms.Chapters;
using Jingyuan.Cms.Content;

namespace Jingyuan.Cms.People;

/// <summary>
/// A people ledger's record (workers, trainees, monitored households, assistance cases …): the person
/// block of <see cref="PersonFields"/> as typed properties. A ledger's record class derives from it and
/// declares the block with <see cref="PersonDeclarations.PersonDetails{TRecord}"/>; the property names are
/// the <see cref="PersonFields"/> names, so the person page (/admin/persons) recognises one person across
/// every ledger by ID number.
/// </summary>
public abstract class PersonRecord : ChapterRecord
{
    public string? PersonName { get; set; }
    public string? PersonIdNumber { get; set; }
    public string? PersonPhone { get; set; }
    public string? PersonHousehold { get; set; }
    public int? PersonSite { get; set; }
}

public static class PersonDeclarations
{
    /// <summary>
    /// 姓名, 身份证号码 (GB 11643 check character), 联系电话, 户主姓名 and 安置区（村）: the first four personal
    /// (encrypted, masked, never public), the ID number indexed as an HMAC. Declared first, so forms open with the person.
    /// </summary>
    public static RecordTypeBuilder<TRecord> PersonDetails<TRecord>(this RecordTypeBuilder<TRecord> r, bool phoneRequired = false)
        where TRecord : PersonRecord
    {
        r.Text(x => x.PersonName, "姓名").Required().MaxLength(50).Personal();
        r.Text(x => x.PersonIdNumber, "身份证号码").Required().MaxLength(18).Personal().Indexed()
            .Format(TextFormat.ChineseIdNumber).Hint("18位，最后一位可为X");
        var phone = r.Text(x => x.PersonPhone, "联系电话").MaxLength(20).Personal().Format(TextFormat.Phone);
        if (phoneRequired) phone.Required();
        r.Text(x => x.PersonHousehold, "户主姓名").MaxLength(50).Personal();
        r.Site(x => x.PersonSite, "安置区（村）").Filterable();
        return r;
    }
}
