using Jingyuan.Cms.Content;

namespace Jingyuan.Cms.People;

/// <summary>
/// The fields every people ledger carries (workers, trainees, monitored households, ...): name, ID
/// number, phone, household and village/site. A record type adds them to its part with
/// <see cref="Create"/>. Name, ID number, phone and household are personal: encrypted at rest, masked
/// in the admin, never public. The ID number is indexed (as an HMAC), so one person is recognised across
/// ledgers, and checked with the GB 11643 check character by the engine (<see cref="TextFormat.ChineseIdNumber"/>).
/// Orders 100–109 are taken here.
/// </summary>
public static class PersonFields
{
    public const string Name = nameof(PersonRecord.PersonName);
    public const string IdNumber = nameof(PersonRecord.PersonIdNumber);
    public const string Phone = nameof(PersonRecord.PersonPhone);
    public const string Household = nameof(PersonRecord.PersonHousehold);
    public const string Site = nameof(PersonRecord.PersonSite);

    public static IEnumerable<ContentFieldDefinition> Create(bool phoneRequired = false)
    {
        yield return new() { Name = Name, Label = "姓名", Kind = FieldKind.Text, Required = true, Order = 100,
                             Settings = new() { Personal = true, MaxLength = 50 } };
        yield return new() { Name = IdNumber, Label = "身份证号码", Kind = FieldKind.Text, Required = true, Order = 101,
                             Settings = new() { Personal = true, Indexed = true, MaxLength = 18, Format = TextFormat.ChineseIdNumber,
                                                Hint = "18位，最后一位可为X" } };
        yield return new() { Name = Phone, Label = "联系电话", Kind = FieldKind.Text, Required = phoneRequired, Order = 102,
                             Settings = new() { Personal = true, MaxLength = 20, Format = TextFormat.Phone } };
        yield return new() { Name = Household, Label = "户主姓名", Kind = FieldKind.Text, Order = 103,
                             Settings = new() { Personal = true, MaxLength = 50 } };
        yield return new() { Name = Site, Label = "安置区（村）", Kind = FieldKind.Site, Order = 104, Settings = new() { Indexed = true } };
    }
}
