using Jingyuan.Cms.Chapters;
using Jingyuan.Cms.Modules.Employment.Models;
using Jingyuan.Cms.People;

namespace Jingyuan.Cms.Modules.Employment;

/// <summary>
/// How the chapter's ledgers add up to its computed targets (keys as in seeds/plan-2023.recipe.json).
/// Workers and post holders count once per person (by ID number); the workers' ledger counts in the
/// year of its ledger month. c2-employed-per-family stays reported: the ledger holds workers, not families.
/// </summary>
internal static class EmploymentRules
{
    private static readonly FieldCondition Transferred = FieldCondition.OneOf(nameof(EmploymentRecord.EmploymentForm), EmploymentRecord.TransferForms);

    public static readonly TargetRule[] All =
    [
        // 任务11 转移就业, of them 劳务移民.
        Workers("11-transfer-employment", Transferred),
        Workers("11-labour-migrant-employment", Transferred, FieldCondition.OneOf(nameof(EmploymentRecord.MigrantKind), EmploymentRecord.Migrants.Labour)),
        // 培训覆盖率: trained workers among all workers of the ledger (it holds the labour force only).
        TargetRule.Share("c2-training-coverage", nameof(EmploymentRecord), nameof(PersonRecord.PersonIdNumber),
                FieldCondition.OneOf(nameof(EmploymentRecord.Trained), "true"))
            .DatedBy(nameof(EmploymentRecord.LedgerMonth))
            .ExplainedAs("台账月份在本年的已发布就业信息台账中，本年参加技能培训的人数占台账劳动力人数的比例（按身份证号码计人）"),
        // 任务12 培训: trainees of the classes that ended in the year.
        TargetRule.Sum("12-skills-training", nameof(TrainingClass), nameof(TrainingClass.Trainees)).DatedBy(nameof(TrainingClass.EndDate)),
        // 任务13 招聘活动, 岗位, 信息, 公益性岗位.
        TargetRule.Count("13-job-fairs", nameof(RecruitmentEvent)).DatedBy(nameof(RecruitmentEvent.EventDate)),
        TargetRule.Sum("13-jobs", nameof(RecruitmentEvent), nameof(RecruitmentEvent.JobsOffered)).DatedBy(nameof(RecruitmentEvent.EventDate)),
        TargetRule.Count("13-job-notices", nameof(JobNotice)).DatedBy(nameof(JobNotice.ReleasedOn)),
        Posts("13-public-posts-extended", PublicWelfarePost.Extended),
        Posts("13-public-posts-new", PublicWelfarePost.NewlyPlaced),
    ];

    private static TargetRule Workers(string key, params FieldCondition[] where) =>
        TargetRule.DistinctCount(key, nameof(EmploymentRecord), nameof(PersonRecord.PersonIdNumber), where)
            .DatedBy(nameof(EmploymentRecord.LedgerMonth));

    private static TargetRule Posts(string key, string placement) =>
        TargetRule.DistinctCount(key, nameof(PublicWelfarePost), nameof(PersonRecord.PersonIdNumber),
                FieldCondition.OneOf(nameof(PublicWelfarePost.Placement), placement))
            .DatedBy(nameof(PublicWelfarePost.StartDate));
}
