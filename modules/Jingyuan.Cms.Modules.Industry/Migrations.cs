using Jingyuan.Cms.Chapters;
using Jingyuan.Cms.Content;
using Jingyuan.Cms.Data;
using Jingyuan.Cms.Modules.Industry.Models;

namespace Jingyuan.Cms.Modules.Industry;

/// <summary>
/// The chapter's three ledgers. Every figure a target adds up is an indexed number, so the host
/// sums it in SQL; the fields lists filter by are indexed choices.
/// </summary>
public sealed class Migrations(IContentDefinitionManager definitions, IContentManager contents, IIndexingTaskStore indexing)
    : IDataMigration
{
    // Delivered quantities are what is done so far; a planned project has none yet (see IndustryProjectHandler).
    private const string DoneHint = "填写截至目前已完成的数量；计划阶段不填";

    public async Task<int> CreateAsync()
    {
        await SaveAsync(IndustryProject.Name, "产业项目", "任务1—10的产业项目台账：投资、进度与完成量，完成量自动计入各项指标。", publicVisible: true,
        [
            Choice(IndustryProject.Industry, "产业类别", 1, IndustryProject.Industries.All, required: true),
            Choice(IndustryProject.Task, "所属任务", 2, IndustryProject.Tasks, hint: "保存时按产业类别自动填写"),
            Choice(IndustryProject.PlantingKind, "种植类型", 3, IndustryProject.PlantingKinds.All,
                hint: "中药材、冷凉果蔬项目填写种植面积时必选，决定面积计入哪项指标"),
            new() { Name = IndustryProject.Scope, Label = "建设内容及规模", Kind = FieldKind.LongText, Order = 4,
                    Settings = new() { MaxLength = 2000 } },
            .. ProjectFields.Create(),
            .. IndustryProject.Quantities.Select((q, i) => Number(q.Name, q.Label, q.Unit, 40 + i)),
        ]);

        await SaveAsync(TourismOperator.Name, "农家乐/民宿/手工编织", "任务1：移民群众经营的农家乐、民宿与手工编织户。", publicVisible: false,
        [
            new() { Name = TourismOperator.Village, Label = "所在村（安置区）", Kind = FieldKind.Site, Required = true, Order = 1,
                    Settings = new() { Indexed = true } },
            Choice(TourismOperator.OperatorType, "经营类型", 2, TourismOperator.OperatorTypes, required: true),
            Number(TourismOperator.Beds, "床位", "张", 3, hint: null),
            Number(TourismOperator.Seats, "餐位", "个", 4, hint: null),
            new() { Name = TourismOperator.MigrantOwned, Label = "经营户是否移民户", Kind = FieldKind.Boolean, Order = 5,
                    Settings = new() { Indexed = true } },
            // Names and phones of private households: kept off public pages, search and public exports.
            new() { Name = TourismOperator.OwnerName, Label = "经营户姓名", Kind = FieldKind.Text, Order = 6,
                    Settings = new() { MaxLength = 50, Personal = true } },
            new() { Name = TourismOperator.OwnerPhone, Label = "联系电话", Kind = FieldKind.Text, Order = 7,
                    Settings = new() { MaxLength = 30, Personal = true } },
        ]);

        // Sellers may be households named in the record: the ledger stays internal.
        await SaveAsync(ConsumptionPurchase.Name, "消费帮扶采购", "任务10：单位、企业采购移民群众农副产品的记录，全年合计计入消费帮扶金额。", publicVisible: false,
        [
            new() { Name = ConsumptionPurchase.BuyingUnit, Label = "采购单位", Kind = FieldKind.Text, Required = true, Order = 1,
                    Settings = new() { MaxLength = 100, Indexed = true } },
            new() { Name = ConsumptionPurchase.Seller, Label = "销售方", Kind = FieldKind.Text, Required = true, Order = 2,
                    Settings = new() { MaxLength = 100, Hint = "合作社、企业名称或农户户名" } },
            Choice(ConsumptionPurchase.SellerKind, "销售方类型", 3, ConsumptionPurchase.SellerKinds, required: true),
            new() { Name = ConsumptionPurchase.Product, Label = "产品", Kind = FieldKind.Text, Required = true, Order = 4,
                    Settings = new() { MaxLength = 200 } },
            new() { Name = ConsumptionPurchase.AmountYuan, Label = "采购金额", Kind = FieldKind.Number, Required = true, Order = 5,
                    Settings = new() { Unit = "元", Min = 0, Indexed = true } },
            new() { Name = ConsumptionPurchase.PurchaseDate, Label = "采购日期", Kind = FieldKind.Date, Required = true, Order = 6,
                    Settings = new() { Indexed = true, Hint = "应在记录所属年度内" } },
        ]);
        return 2;
    }

    /// <summary>
    /// Version 2: 产业项目 get a public page (/records/{id}) and are found by the site's search; the
    /// records published before are queued for indexing. The other two ledgers stay internal.
    /// </summary>
    public async Task<int> UpdateFrom1Async()
    {
        if (await definitions.GetTypeAsync(IndustryProject.Name) is { } project)
        {
            project.Type.PublicVisible = true;
            await definitions.SaveTypeAsync(project.Type);
        }
        var published = ContentQuery.PublishedOf(IndustryProject.Name);
        published.PageSize = 500;
        for (var page = 1; ; page++)
        {
            published.Page = page;
            var result = await contents.QueryAsync(published);
            foreach (var item in result.Items) await indexing.AddAsync(item.ContentItemId, IndexingTaskType.Update);
            if (!result.HasNext) return 2;
        }
    }

    // A type's own fields live in a part named like the type.
    private async Task SaveAsync(string name, string displayName, string description, bool publicVisible,
        List<ContentFieldDefinition> fields)
    {
        await definitions.SavePartAsync(new ContentPartDefinition { Name = name, DisplayName = displayName, Fields = fields });
        await definitions.SaveTypeAsync(new ContentTypeDefinition
        {
            Name = name, DisplayName = displayName, Description = description, ModuleId = IndustryChapter.ModuleId,
            Parts = [name],
            // Public: the host's record page and search show its non-personal fields.
            PublicVisible = publicVisible,
        });
    }

    private static ContentFieldDefinition Choice(string name, string label, int order, IReadOnlyList<string> options,
        bool required = false, string? hint = null) => new()
    {
        Name = name, Label = label, Kind = FieldKind.Choice, Required = required, Order = order,
        Settings = new() { Options = [.. options], Indexed = true, Hint = hint },
    };

    private static ContentFieldDefinition Number(string name, string label, string unit, int order, string? hint = DoneHint) => new()
    {
        Name = name, Label = label, Kind = FieldKind.Number, Order = order,
        Settings = new() { Unit = unit, Min = 0, Indexed = true, Hint = hint },
    };
}
