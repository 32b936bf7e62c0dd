using System.Globalization;
using Jingyuan.Cms.Content;
using Microsoft.Extensions.Localization;

namespace Jingyuan.Cms.Chapters;

/// <summary>
/// The fields every project ledger of the plan carries, whichever chapter it serves (产业项目, and the
/// infrastructure and living-environment projects of later chapters): where it is, what it costs and
/// from which funds, when it runs, how far along it is, and its photos. Chapter modules add them to
/// their own part with <see cref="Create"/> and apply <see cref="Validate"/> in their content handler,
/// so every ledger lists, imports and is checked the same way.
/// Orders 10–39 and 90–99 are taken here; a module's own fields use 1–9 and 40–89.
/// </summary>
public static class ProjectFields
{
    public const string Site = "Site";
    public const string Township = "Township";
    public const string Investment = "Investment";
    public const string StartDate = "StartDate";
    public const string FinishDate = "FinishDate";
    public const string Stage = "Stage";
    public const string BenefitHouseholds = "BenefitHouseholds";
    public const string PhotosBefore = "PhotosBefore";
    public const string PhotosAfter = "PhotosAfter";

    /// <summary>The county's seven townships (乡镇), as the plan names them.</summary>
    public static readonly IReadOnlyList<string> Townships = ["香水镇", "泾河源镇", "六盘山镇", "新民乡", "兴盛乡", "黄花乡", "大湾乡"];

    public const string Planned = "计划";
    public static readonly IReadOnlyList<string> Stages = [Planned, "在建", "完工", "验收"];

    /// <summary>Where the money comes from (万元); together they make up <see cref="Investment"/>.</summary>
    public static readonly IReadOnlyList<(string Name, string Label)> FundingSources =
    [
        ("LinkageFund", "衔接资金"),
        ("MinningFund", "闽宁协作资金"),
        ("SectorFund", "行业部门资金"),
        ("SocialFund", "社会资金"),
        ("FinancialFund", "金融资金"),
    ];

    public static IEnumerable<ContentFieldDefinition> Create()
    {
        yield return new() { Name = Site, Label = "安置区（村）", Kind = FieldKind.Site, Order = 10, Settings = new() { Indexed = true } };
        yield return new() { Name = Township, Label = "乡镇", Kind = FieldKind.Choice, Required = true, Order = 11,
                             Settings = new() { Options = [.. Townships], Indexed = true } };
        yield return Money(Investment, "总投资", 20, "应等于下列各资金来源之和");
        for (var i = 0; i < FundingSources.Count; i++) yield return Money(FundingSources[i].Name, FundingSources[i].Label, 21 + i, null);
        yield return new() { Name = StartDate, Label = "开工日期", Kind = FieldKind.Date, Order = 30, Settings = new() { Indexed = true } };
        yield return new() { Name = FinishDate, Label = "完工日期", Kind = FieldKind.Date, Order = 31,
                             Settings = new() { Indexed = true, Hint = "不能早于开工日期" } };
        yield return new() { Name = Stage, Label = "建设阶段", Kind = FieldKind.Choice, Required = true, Order = 32,
                             Settings = new() { Options = [.. Stages], Indexed = true } };
        yield return new() { Name = BenefitHouseholds, Label = "受益移民户", Kind = FieldKind.Number, Order = 33,
                             Settings = new() { Unit = "户", Min = 0, Indexed = true } };
        yield return Photos(PhotosBefore, "建设前照片", 90);
        yield return Photos(PhotosAfter, "建设后照片", 91);
    }

    /// <summary>
    /// The funding sources must add up to the total, and a project cannot finish before it starts.
    /// Errors are keyed by field, so forms and Excel imports point at the right input or column.
    /// </summary>
    public static void Validate(ContentItem item, IDictionary<string, string[]> errors, IStringLocalizer T)
    {
        var total = item.GetNumber(Investment);
        var sources = FundingSources.Select(s => item.GetNumber(s.Name)).ToList();
        if (total is not null || sources.Any(s => s is not null))
        {
            var sum = sources.Sum(s => s ?? 0m);
            if (total is null || decimal.Round(sum, 4) != decimal.Round(total.Value, 4))
                errors.TryAdd(Investment, [T["各资金来源合计 {0} 万元，与总投资 {1} 万元不一致", Format(sum), total is { } t ? Format(t) : "（未填写）"]]);
        }
        if (item.GetDate(StartDate) is { } start && item.GetDate(FinishDate) is { } finish && finish < start)
            errors.TryAdd(FinishDate, [T["完工日期不能早于开工日期"]]);
    }

    private static string Format(decimal value) => value.ToString("0.####", CultureInfo.InvariantCulture);

    private static ContentFieldDefinition Money(string name, string label, int order, string? hint) => new()
    {
        Name = name, Label = label, Kind = FieldKind.Number, Order = order,
        Settings = new() { Unit = "万元", Min = 0, Indexed = true, Hint = hint },
    };

    private static ContentFieldDefinition Photos(string name, string label, int order) => new()
    {
        Name = name, Label = label, Kind = FieldKind.Files, Order = order,
        Settings = new() { AllowedExtensions = [".jpg", ".jpeg", ".png"], AllowedKinds = FileKinds.Images, MaxFileBytes = 10 * 1024 * 1024, MaxFiles = 9 },
    };
}
