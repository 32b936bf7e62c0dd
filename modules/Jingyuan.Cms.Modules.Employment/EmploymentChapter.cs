using Jingyuan.Cms.Chapters;
using Jingyuan.Cms.Modules.Employment.Models;
using Jingyuan.Cms.People;

namespace Jingyuan.Cms.Modules.Employment;

/// <summary>
/// （二）精准落实就业帮扶, tasks 11–13: the workers' ledger kept month by month, training classes,
/// job fairs, public job and policy notices, public-welfare posts and subsidy payments, and how their
/// published records add up to the computed targets (<see cref="EmploymentRules"/>).
/// </summary>
public sealed class EmploymentChapter : ChapterDefinition
{
    public override int PlanChapter => 2;
    public override string Slug => "employment";
    public override string Title => "就业帮扶";

    public override void Define(ChapterBuilder chapter) => chapter
        .Record<EmploymentRecord>("就业信息台账", r => r.Internal()
            .Describe("任务11：每位移民劳动力一条记录，按月更新就业情况；每月的变化保存为新版本，可查看任一月末的情况。")
            .PersonDetails()
            .Text(x => x.Gender, "性别").Hint("由身份证号码自动得出")
            .Number(x => x.BirthYear, "出生年份", "年").Hint("由身份证号码自动得出")
            .Choice(x => x.MigrantKind, "移民类别", EmploymentRecord.MigrantKinds).Required().Filterable()
            .Choice(x => x.EmploymentForm, "就业形式", EmploymentRecord.Forms).Required().Filterable()
            .Text(x => x.Employer, "就业单位").MaxLength(100).Hint("务工、帮扶车间和公益性岗位必填")
            .Text(x => x.WorkPlace, "就业地点").MaxLength(100)
            .Date(x => x.Since, "务工起始月份").Hint("填写该月任一日期")
            .Number(x => x.MonthlyIncome, "月收入", "元").Min(0)
            .YesNo(x => x.Trained, "本年是否参加技能培训").Filterable()
            .Choice(x => x.TrainingKind, "培训类别", TrainingClass.Kinds)
            .MultiChoice(x => x.Policies, "享受就业帮扶政策", EmploymentPolicies.All)
            .Date(x => x.LedgerMonth, "台账月份").Required().Hint("本条记录反映的月份，填写该月任一日期")
            .KeptMonthly(x => x.LedgerMonth)
            .PublicTally("就业人员按就业形式统计", by: TallyBy.TownshipAndVillage, count: x => x.EmploymentForm)
            .PublicTally("参加技能培训人员统计", by: TallyBy.TownshipAndVillage, share: x => x.Trained))
        .Record<TrainingClass>("技能培训", r => r.Internal()
            .Describe("任务12：每期技能培训班一条记录，参训人数按培训结束日期计入当年培训人数。")
            .Choice(x => x.Kind, "培训类别", TrainingClass.Kinds).Required().Filterable()
            .Text(x => x.Provider, "培训机构").Required().MaxLength(100)
            .Date(x => x.StartDate, "开班日期").Required()
            .Date(x => x.EndDate, "结业日期").Required()
            .Text(x => x.Place, "培训地点").MaxLength(100)
            .Choice(x => x.Township, "乡镇", ProjectFields.Townships).Filterable()
            .Number(x => x.Trainees, "参训人数", "人").Required().Min(1)
            .Number(x => x.Certificates, "取得证书人数", "人").Min(0).Hint("不超过参训人数"))
        .Record<RecruitmentEvent>("招聘活动", r => r.Internal()
            .Describe("任务13：线上线下招聘活动，提供的岗位数计入当年提供就业岗位数。")
            .Date(x => x.EventDate, "举办日期").Required()
            .Choice(x => x.Mode, "形式", RecruitmentEvent.Modes).Required().Filterable()
            .Text(x => x.Organiser, "主办单位").Required().MaxLength(100)
            .Number(x => x.Employers, "参会企业", "家").Min(0)
            .Number(x => x.JobsOffered, "提供岗位", "个").Required().Min(0)
            .Number(x => x.PeopleReached, "参与群众", "人次").Min(0)
            .Number(x => x.PeopleHired, "达成就业意向", "人").Min(0).Hint("不超过参与群众人次"))
        .Record<JobNotice>("就业创业信息", r => r.InFeed()
            .Describe("任务13：面向群众发布的招聘信息和就业创业政策，审核发布后在专栏公开。")
            .Choice(x => x.Kind, "信息类别", JobNotice.Kinds).Required().Filterable()
            .Text(x => x.Employer, "用工单位").MaxLength(100)
            .Number(x => x.Jobs, "招聘人数", "人").Min(0)
            .Html(x => x.Body, "信息内容").Required()
            .Date(x => x.ReleasedOn, "发布日期").Required()
            .Date(x => x.ClosesOn, "截止日期")
            .Text(x => x.Contact, "咨询电话").MaxLength(40).Hint("填写单位或部门的办公电话，不填个人手机号"))
        .Record<PublicWelfarePost>("公益性岗位", r => r.Internal()
            .Describe("任务13：在公益性岗位就业的移民群众，区分当年新安置和延长岗位期限。")
            .PersonDetails()
            .Text(x => x.Post, "岗位名称").Required().MaxLength(100)
            .Date(x => x.StartDate, "上岗（延长）日期").Required()
            .Date(x => x.EndDate, "岗位截止日期")
            .Choice(x => x.Placement, "安置方式", PublicWelfarePost.Placements).Required().Filterable())
        .Record<EmploymentSubsidy>("就业补贴发放", r => r.Internal()
            .Describe("任务13：向符合条件的劳务移民发放的创业就业帮扶补贴，用于核对应享尽享。")
            .PersonDetails()
            .Choice(x => x.Policy, "补贴政策", EmploymentPolicies.All).Required().Filterable()
            .Number(x => x.AmountYuan, "发放金额", "元").Required().Min(0)
            .Date(x => x.PaidOn, "发放日期").Required())
        .AdminLink("应享尽享核对", "/" + Controllers.EntitlementCheckController.Path)
        .Rules(EmploymentRules.All);
}
