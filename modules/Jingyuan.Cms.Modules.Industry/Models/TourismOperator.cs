namespace Jingyuan.Cms.Modules.Industry.Models;

/// <summary>农家乐、民宿与手工编织经营户 (task 1): names of the type and its fields.</summary>
public static class TourismOperator
{
    public const string Name = "TourismOperator";

    public const string Village = "Village";
    public const string OperatorType = "OperatorType";
    public const string Beds = "Beds";
    public const string Seats = "Seats";
    public const string MigrantOwned = "MigrantOwned";
    public const string OwnerName = "OwnerName";
    public const string OwnerPhone = "OwnerPhone";

    public static readonly IReadOnlyList<string> OperatorTypes = ["农家乐", "民宿", "手工编织"];
}
