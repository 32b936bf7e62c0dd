using Jingyuan.Cms.Chapters;
using Jingyuan.Cms.Content;
using Jingyuan.Cms.Modules.Industry.Models;
using Microsoft.Extensions.Localization;

namespace Jingyuan.Cms.Modules.Industry.Services;

/// <summary>A purchase counts toward the year it is filed under, so it must have been made in that year.</summary>
public sealed class ConsumptionPurchaseHandler(IStringLocalizer<ConsumptionPurchaseHandler> T) : RecordHandler<ConsumptionPurchase>
{
    protected override void Validate(ConsumptionPurchase purchase, ContentItem item, RecordErrors<ConsumptionPurchase> errors)
    {
        if (item.Year is { } year && purchase.PurchaseDate is { } date && date.Year != year)
            errors.Add(x => x.PurchaseDate, T["采购日期应在{0}年内（记录所属年度）", year]);
    }
}
