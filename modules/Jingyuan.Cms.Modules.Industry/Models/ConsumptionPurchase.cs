using Jingyuan.Cms.Chapters;

namespace Jingyuan.Cms.Modules.Industry.Models;

/// <summary>消费帮扶采购 (task 10): one purchase of migrants' produce; the year's purchases make the 2000万元 target.</summary>
public sealed class ConsumptionPurchase : ChapterRecord
{
    public string? BuyingUnit { get; set; }
    public string? Seller { get; set; }
    public string? SellerKind { get; set; }
    public string? Product { get; set; }
    public decimal? AmountYuan { get; set; }
    public DateOnly? PurchaseDate { get; set; }

    public static readonly IReadOnlyList<string> SellerKinds = ["合作社", "农户", "企业"];
}
