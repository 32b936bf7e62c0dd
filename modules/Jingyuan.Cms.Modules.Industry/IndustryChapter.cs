using Jingyuan.Cms.Chapters;
using Jingyuan.Cms.Modules.Industry.Controllers;
using Jingyuan.Cms.Modules.Industry.Models;
using Jingyuan.Cms.Security;
using Industries = Jingyuan.Cms.Modules.Industry.Models.IndustryProject.Industries;
using Plantings = Jingyuan.Cms.Modules.Industry.Models.IndustryProject.PlantingKinds;

namespace Jingyuan.Cms.Modules.Industry;

/// <summary>
/// （一）提升产业发展水平, tasks 1–10: the chapter's three ledgers and how their published records of a
/// year add up to each computed target (keys as in seeds/plan-2023.recipe.json). Delivered quantities are
/// what is done so far, so projects under construction count with what they have delivered; a planned
/// project cannot carry any (IndustryProjectHandler), so it adds nothing.
/// </summary>
public sealed class IndustryChapter : ChapterDefinition
{
    public override int PlanChapter => 1;
    public override string Slug => "industry";
    public override string Title => "产业发展";

    public override void Define(ChapterBuilder chapter) => chapter
        .Record<IndustryProject>("产业项目", r => r
            .Describe("任务1—10的产业项目台账：投资、进度与完成量，完成量自动计入各项指标。").Public()
            .Choice(x => x.Industry, "产业类别", Industries.All).Required().Filterable()
            .Choice(x => x.Task, "所属任务", IndustryProject.Tasks).Hint("保存时按产业类别自动填写").Filterable()
            .Choice(x => x.PlantingKind, "种植类型", Plantings.All).Hint("中药材、冷凉果蔬项目填写种植面积时必选，决定面积计入哪项指标")
            .LongText(x => x.Scope, "建设内容及规模").MaxLength(2000)
            .ProjectDetails()
            .Done(x => x.Parks, "建成养殖园区", "个").Done(x => x.BreedingCows, "基础母牛扩栏", "头").Done(x => x.NewCattle, "新增肉牛", "头")
            .Done(x => x.SheepFarms, "建成肉羊养殖场", "座").Done(x => x.Ewes, "引进基础母羊", "只").Done(x => x.ForageMu, "饲草料种植", "亩")
            .Done(x => x.BeeFarms, "建成标准化蜂场", "个").Done(x => x.BeeColonies, "分蜂扩繁", "群")
            .Done(x => x.PlantedMu, "种植面积", "亩").Done(x => x.SeedSites, "良种繁育示范点", "处")
            .Done(x => x.Workshops, "改造提升菌菇车间", "个").Done(x => x.MushroomBags, "生产菌棒", "袋")
            .Done(x => x.Households, "带动庭院种养户", "户").Done(x => x.IncomeYuan, "村集体增收", "元")
            .ProjectPhotos())
        .Record<TourismOperator>("农家乐/民宿/手工编织", r => r
            .Describe("任务1：移民群众经营的农家乐、民宿与手工编织户。")
            .Site(x => x.Village, "所在村（安置区）").Required()
            .Choice(x => x.OperatorType, "经营类型", TourismOperator.OperatorTypes).Required().Filterable()
            .Number(x => x.Beds, "床位", "张").Min(0)
            .Number(x => x.Seats, "餐位", "个").Min(0)
            .YesNo(x => x.MigrantOwned, "经营户是否移民户")
            .Text(x => x.OwnerName, "经营户姓名").MaxLength(50).Personal()
            .Text(x => x.OwnerPhone, "联系电话").MaxLength(30).Personal())
        // Sellers may be households named in the record: the ledger stays internal.
        .Record<ConsumptionPurchase>("消费帮扶采购", r => r
            .Describe("任务10：单位、企业采购移民群众农副产品的记录，全年合计计入消费帮扶金额。")
            .Text(x => x.BuyingUnit, "采购单位").Required().MaxLength(100).Indexed()
            .Text(x => x.Seller, "销售方").Required().MaxLength(100).Hint("合作社、企业名称或农户户名")
            .Choice(x => x.SellerKind, "销售方类型", ConsumptionPurchase.SellerKinds).Required().Filterable()
            .Text(x => x.Product, "产品").Required().MaxLength(200)
            .Number(x => x.AmountYuan, "采购金额", "元").Required().Min(0)
            .Date(x => x.PurchaseDate, "采购日期").Required().Hint("应在记录所属年度内"))
        .Rules(IndustryRules.All)
        .AdminLink("验收结果公示", "/" + AcceptanceNoticeController.Path, StandardPermissions.SubmitContent);
}

internal static class IndustryFieldDeclarations
{
    // Delivered quantities are what is done so far; a planned project has none yet (see IndustryProjectHandler).
    public static FieldBuilder<IndustryProject> Done(this RecordTypeBuilder<IndustryProject> r,
        System.Linq.Expressions.Expression<Func<IndustryProject, object?>> field, string label, string unit) =>
        r.Number(field, label, unit).Min(0).Hint("填写截至目前已完成的数量；计划阶段不填");
}
