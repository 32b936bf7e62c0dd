using Jingyuan.Cms.Content;
using Jingyuan.Cms.Modules.Industry.Models;
using Microsoft.Extensions.Localization;

namespace Jingyuan.Cms.Modules.Industry.Services;

/// <summary>A purchase counts toward the year it is filed under, so it must have been made in that year.</summary>
public sealed class ConsumptionPurchaseHandler(IStringLocalizer<ConsumptionPurchaseHandler> T) : IContentHandler
{
    public Task ValidatingAsync(ContentItem item, IDictionary<string, string[]> errors)
    {
        if (item.ContentType == ConsumptionPurchase.Name && item.Year is { } year
            && item.GetDate(ConsumptionPurchase.PurchaseDate) is { } date && date.Year != year)
            errors.TryAdd(ConsumptionPurchase.PurchaseDate, [T["采购日期应在{0}年内（记录所属年度）", year]]);
        return Task.CompletedTask;
    }
}
