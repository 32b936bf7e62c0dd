using Jingyuan.Cms.People;

namespace Jingyuan.Cms.Modules.Employment.Models;

/// <summary>
/// 就业信息台账 (task 11): one migrant worker of working age and where they work, kept month by month
/// (each month's change is a new version of the same record). Gender and birth year come from the ID number.
/// </summary>
public sealed class EmploymentRecord : PersonRecord
{
    /// <summary>Derived from the ID number (EmploymentRecordHandler), never typed.</summary>
    public string? Gender { get; set; }
    /// <summary>Derived from the ID number, never typed.</summary>
    public decimal? BirthYear { get; set; }
    public string? MigrantKind { get; set; }
    public string? EmploymentForm { get; set; }
    public string? Employer { get; set; }
    public string? WorkPlace { get; set; }
    public DateOnly? Since { get; set; }
    public decimal? MonthlyIncome { get; set; }
    public bool? Trained { get; set; }
    public string? TrainingKind { get; set; }
    public IReadOnlyList<string>? Policies { get; set; }
    public DateOnly? LedgerMonth { get; set; }

    public static readonly IReadOnlyList<string> MigrantKinds = [Migrants.Ecological, Migrants.Labour, "其他"];

    public static readonly IReadOnlyList<string> Forms =
        [Work.OutsideRegion, Work.InRegionOutsideCounty, Work.InCounty, Work.Workshop, Work.PublicWelfarePost, Work.SelfEmployed, Work.Flexible, Work.None];

    /// <summary>转移就业 as the county counts it: wage work away from the family's land, outside or inside the county.</summary>
    public static readonly string[] TransferForms = [Work.OutsideRegion, Work.InRegionOutsideCounty, Work.InCounty, Work.Workshop];

    /// <summary>Forms in which someone else pays the wage, so the employer is named.</summary>
    public static readonly IReadOnlySet<string> EmployedForms = new HashSet<string>(TransferForms) { Work.PublicWelfarePost };

    public static class Migrants
    {
        public const string Ecological = "生态移民";
        public const string Labour = "劳务移民";
    }

    public static class Work
    {
        public const string OutsideRegion = "区外转移";
        public const string InRegionOutsideCounty = "区内县外";
        public const string InCounty = "县内就近";
        public const string Workshop = "帮扶车间";
        public const string PublicWelfarePost = "公益性岗位";
        public const string SelfEmployed = "自主创业";
        public const string Flexible = "灵活就业";
        public const string None = "未就业";
    }
}
