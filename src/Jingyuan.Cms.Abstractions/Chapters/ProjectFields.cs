using System.Globalization;
using Jingyuan.Cms.Content;
using Microsoft.Extensions.Localization;

namespace Jingyuan.Cms.Chapters;

/// <summary>
/// What every project ledger of the plan records, whichever chapter it serves (产业项目, and the
/// infrastructure and living-environment projects of later chapters): where it is, what it costs and
/// from which funds, when it runs, how far along it is, and its photos. A ledger's record class derives
/// from it, declares the fields with <see cref="ProjectFields.ProjectDetails{TRecord}"/> and
/// <see cref="ProjectFields.ProjectPhotos{TRecord}"/>, and checks them with <see cref="ProjectFields.Validate{TRecord}"/>.
/// </summary>
public abstract class ProjectRecord : ChapterRecord
{
    public int? Site { get; set; }
    public string? Township { get; set; }
    /// <summary>万元; equals the sum of the funding sources.</summary>
    public decimal? Investment { get; set; }
    public decimal? LinkageFund { get; set; }
    public decimal? MinningFund { get; set; }
    public decimal? SectorFund { get; set; }
    public decimal? SocialFund { get; set; }
    public decimal? FinancialFund { get; set; }
    public DateOnly? StartDate { get; set; }
    public DateOnly? FinishDate { get; set; }
    public string? Stage { get; set; }
    public decimal? BenefitHouseholds { get; set; }
    public IReadOnlyList<StoredFile>? PhotosBefore { get; set; }
    public IReadOnlyList<StoredFile>? PhotosAfter { get; set; }

    internal decimal?[] Funding => [LinkageFund, MinningFund, SectorFund, SocialFund, FinancialFund];
}

/// <summary>The shared project fields: names for host code, options, declaration and checks.</summary>
public static class ProjectFields
{
    public const string Township = nameof(ProjectRecord.Township);
    public const string Stage = nameof(ProjectRecord.Stage);

    /// <summary>The county's seven townships (乡镇), as the plan names them.</summary>
    public static readonly IReadOnlyList<string> Townships = ["香水镇", "泾河源镇", "六盘山镇", "新民乡", "兴盛乡", "黄花乡", "大湾乡"];

    public const string Planned = "计划";
    public static readonly IReadOnlyList<string> Stages = [Planned, "在建", "完工", "验收"];

    /// <summary>Where, how much from which funds, when and how far along: declared after a ledger's own leading fields.</summary>
    public static RecordTypeBuilder<TRecord> ProjectDetails<TRecord>(this RecordTypeBuilder<TRecord> r) where TRecord : ProjectRecord => r
        .Site(x => x.Site, "安置区（村）")
        .Choice(x => x.Township, "乡镇", Townships).Required().Filterable()
        .Number(x => x.Investment, "总投资", "万元").Min(0).Hint("应等于下列各资金来源之和")
        .Number(x => x.LinkageFund, "衔接资金", "万元").Min(0)
        .Number(x => x.MinningFund, "闽宁协作资金", "万元").Min(0)
        .Number(x => x.SectorFund, "行业部门资金", "万元").Min(0)
        .Number(x => x.SocialFund, "社会资金", "万元").Min(0)
        .Number(x => x.FinancialFund, "金融资金", "万元").Min(0)
        .Date(x => x.StartDate, "开工日期")
        .Date(x => x.FinishDate, "完工日期").Hint("不能早于开工日期")
        .Choice(x => x.Stage, "建设阶段", Stages).Required().Filterable()
        .Number(x => x.BenefitHouseholds, "受益移民户", "户").Min(0);

    /// <summary>Before and after photos: declared last, so they close the form.</summary>
    public static RecordTypeBuilder<TRecord> ProjectPhotos<TRecord>(this RecordTypeBuilder<TRecord> r) where TRecord : ProjectRecord => r
        .Files(x => x.PhotosBefore, "建设前照片", FileKinds.Images).Extensions(".jpg", ".jpeg", ".png").MaxFiles(9, 10)
        .Files(x => x.PhotosAfter, "建设后照片", FileKinds.Images).Extensions(".jpg", ".jpeg", ".png").MaxFiles(9, 10);

    /// <summary>
    /// The funding sources must add up to the total, and a project cannot finish before it starts.
    /// Errors are keyed by field, so forms and Excel imports point at the right input or column.
    /// </summary>
    public static void Validate<TRecord>(TRecord project, RecordErrors<TRecord> errors, IStringLocalizer T) where TRecord : ProjectRecord
    {
        if (project.Investment is not null || project.Funding.Any(s => s is not null))
        {
            var sum = project.Funding.Sum(s => s ?? 0m);
            if (project.Investment is not { } total || decimal.Round(sum, 4) != decimal.Round(total, 4))
                errors.Add(x => x.Investment, T["各资金来源合计 {0} 万元，与总投资 {1} 万元不一致", Format(sum),
                    project.Investment is { } t ? Format(t) : "（未填写）"]);
        }
        if (project is { StartDate: { } start, FinishDate: { } finish } && finish < start)
            errors.Add(x => x.FinishDate, T["完工日期不能早于开工日期"]);
    }

    private static string Format(decimal value) => value.ToString("0.####", CultureInfo.InvariantCulture);
}
