namespace Jingyuan.Cms.Modules.Industry.Models;

/// <summary>消费帮扶采购 (task 10): one purchase of migrants' produce; the year's purchases make the 2000万元 target.</summary>
public static class ConsumptionPurchase
{
    public const string Name = "ConsumptionPurchase";

    public const string BuyingUnit = "BuyingUnit";
    public const string Seller = "Seller";
    public const string SellerKind = "SellerKind";
    public const string Product = "Product";
    public const string AmountYuan = "AmountYuan";
    public const string PurchaseDate = "PurchaseDate";

    public static readonly IReadOnlyList<string> SellerKinds = ["合作社", "农户", "企业"];
}
