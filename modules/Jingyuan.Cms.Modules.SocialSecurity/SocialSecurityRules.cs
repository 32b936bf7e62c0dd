using Jingyuan.Cms.Chapters;
using Jingyuan.Cms.Modules.SocialSecurity.Models;
using Jingyuan.Cms.People;

namespace Jingyuan.Cms.Modules.SocialSecurity;

/// <summary>
/// How the chapter's ledgers add up to its computed targets (keys as in seeds/plan-2023.recipe.json).
/// 21-assistance-coverage stays reported: the ledgers hold those assisted, not everyone eligible.
/// </summary>
internal static class SocialSecurityRules
{
    public static readonly TargetRule[] All =
    [
        // 任务20 三重保障: covered people over lifted-out-of-poverty migrants, summed over the villages.
        Coverage("20-basic-insurance-coverage", nameof(TripleCoverage.BasicInsured)),
        Coverage("20-serious-illness-coverage", nameof(TripleCoverage.SeriousIllnessInsured)),
        Coverage("20-medical-assistance-coverage", nameof(TripleCoverage.MedicalAssistance)),
        // 任务22 原籍承包地: households (by the head's ID number) whose contracted land is confirmed.
        TargetRule.Share("22-land-rights-confirmed", nameof(ContractLandRights), nameof(PersonRecord.PersonIdNumber),
                FieldCondition.OneOf(nameof(ContractLandRights.RightsConfirmed), "true"))
            .ExplainedAs("已发布的原籍承包地权益记录中，承包经营权已确权的户数占登记户数的比例（按户主身份证号码计户）"),
    ];

    private static TargetRule Coverage(string key, string covered) =>
        TargetRule.Ratio(key, nameof(TripleCoverage), covered, nameof(TripleCoverage.Migrants));
}
