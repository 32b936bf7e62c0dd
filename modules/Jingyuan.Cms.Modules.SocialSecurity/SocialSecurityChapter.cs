using Jingyuan.Cms.Chapters;
using Jingyuan.Cms.Modules.SocialSecurity.Controllers;
using Jingyuan.Cms.Modules.SocialSecurity.Models;
using Jingyuan.Cms.People;
using Jingyuan.Cms.Security;

namespace Jingyuan.Cms.Modules.SocialSecurity;

/// <summary>
/// （六）健全完善保障体系, tasks 20–22: seven internal ledgers (most name people) and how their published
/// records of a year add up to the computed coverage targets (<see cref="SocialSecurityRules"/>).
/// 防返贫监测对象 are kept by 民政局 alone and seen only by 乡村振兴局 besides the reviewer.
/// </summary>
public sealed class SocialSecurityChapter : ChapterDefinition
{
    public override int PlanChapter => 6;
    public override string Slug => "social-security";
    public override string Title => "保障体系";

    public override void Define(ChapterBuilder chapter) => chapter
        .Record<PensionTransfer>("养老保险关系转移", r => r.Internal()
            .Describe("任务20：已领取城乡居民养老保险待遇的移民群众，随户籍迁转转移养老保险关系。")
            .PersonDetails()
            .Text(x => x.FromPlace, "转出地").Required().MaxLength(100)
            .Text(x => x.ToPlace, "转入地").Required().MaxLength(100)
            .Date(x => x.TransferDate, "转移日期")
            .Choice(x => x.Status, "办理状态", PensionTransfer.Statuses).Required().Filterable())
        .Record<FlexibleEmploymentSubsidy>("灵活就业社保补贴", r => r.Internal()
            .Describe("任务20：符合就业困难人员认定条件的移民群众享受的灵活就业社会保险补贴。")
            .PersonDetails()
            .Number(x => x.Months, "补贴月数", "月").Required().Range(1, 12)
            .Number(x => x.AmountYuan, "补贴金额", "元").Required().Min(0))
        .Record<TripleCoverage>("三重保障", r => r.Internal()
            .Describe("任务20：各村（安置区）每年脱贫移民人数及享受基本医保、大病保险、医疗救助的人数，自动计入三项覆盖率。")
            .Site(x => x.Village, "所在村（安置区）").Required()
            .Number(x => x.Migrants, "脱贫移民人数", "人").Required().Min(0)
            .Number(x => x.BasicInsured, "参加基本医疗保险", "人").Min(0).Hint("不超过脱贫移民人数")
            .Number(x => x.SeriousIllnessInsured, "享受大病保险", "人").Min(0).Hint("不超过脱贫移民人数")
            .Number(x => x.MedicalAssistance, "享受医疗救助", "人").Min(0).Hint("不超过脱贫移民人数"))
        .Record<MonitoredHousehold>("防返贫监测对象", r => r.Internal()
            .Describe("任务21：“三类人群”防返贫监测户，仅民政局维护，乡村振兴局可查看。")
            .KeptBy("民政局").ViewedBy("乡村振兴局")
            .PersonDetails()
            .Number(x => x.HouseholdSize, "家庭人口", "人").Required().Min(1)
            .Choice(x => x.Category, "监测类别", MonitoredHousehold.Categories).Required().Filterable()
            .MultiChoice(x => x.Risks, "风险类型", MonitoredHousehold.RiskKinds).Required()
            .LongText(x => x.Measures, "帮扶措施").MaxLength(2000)
            .Date(x => x.MeasuresDate, "落实措施日期")
            .YesNo(x => x.RiskEliminated, "是否已消除风险").Filterable()
            .Date(x => x.EliminatedOn, "风险消除日期").Hint("已消除风险时必填，不早于落实措施日期")
            // The ledger stays internal; only these aggregates reach the public chapter page.
            .PublicTally("防返贫监测对象按类别统计", by: TallyBy.TownshipAndVillage, count: x => x.Category, share: x => x.RiskEliminated))
        .Record<AssistanceCase>("低保/特困/临时救助", r => r.Internal()
            .Describe("任务21：纳入低保、特困人员供养或临时救助的移民群众，由民政局维护；每月低保公示由此生成。")
            .KeptBy("民政局")
            .PersonDetails()
            .Number(x => x.HouseholdSize, "家庭人口", "人").Min(1)
            .Choice(x => x.Kind, "救助类别", AssistanceCase.Kinds).Required().Filterable()
            .Number(x => x.MonthlyAmountYuan, "月救助金额", "元").Min(0).Hint("临时救助填写一次性金额")
            .Date(x => x.FromDate, "起始日期").Required()
            .Date(x => x.ToDate, "终止日期")
            .Choice(x => x.Township, "乡镇", ProjectFields.Townships).Required().Filterable())
        .Record<HukouTransfer>("户籍迁转与居住证", r => r.Internal()
            .Describe("任务22：劳务移民户籍迁转至县城或办理居住证；迁出地认定的重度残疾人等特殊身份迁转后保留。")
            .PersonDetails()
            .Text(x => x.FromPlace, "迁出地").Required().MaxLength(100)
            .Text(x => x.ToPlace, "迁入地").Required().MaxLength(100).Hint("暂不迁转户籍的填写居住证办理地")
            .Date(x => x.TransferDate, "迁转日期")
            .Choice(x => x.Status, "办理状态", PensionTransfer.Statuses).Required().Filterable()
            .Choice(x => x.SpecialStatus, "迁出地认定的特殊身份", HukouTransfer.SpecialStatuses).Hint("迁转后保留，直接享受迁入地相应政策"))
        .Record<ContractLandRights>("原籍承包地权益", r => r.Internal()
            .Describe("任务22：劳务移民户在原籍的承包地及确权情况，自动计入确权比例。")
            .PersonDetails()
            .Number(x => x.AreaMu, "承包地面积", "亩").Min(0)
            .YesNo(x => x.RightsConfirmed, "承包经营权是否已确权").Filterable())
        .Rules(SocialSecurityRules.All)
        .AdminLink("低保公示", "/" + LowIncomeNoticeController.Path, StandardPermissions.SubmitContent);
}
