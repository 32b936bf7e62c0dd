namespace Jingyuan.Cms.Plan;

/// <summary>Chinese source strings of the 包抓 levels; pages pass them through the localizer.</summary>
public static class LeaderLevels
{
    /// <summary>County, township, village: the order pages list them in.</summary>
    public static readonly IReadOnlyList<LeaderLevel> All = [LeaderLevel.County, LeaderLevel.Township, LeaderLevel.Village];

    /// <summary>县级 / 乡镇级 / 村级.</summary>
    public static string Name(LeaderLevel level) => level switch
    {
        LeaderLevel.Township => "乡镇级",
        LeaderLevel.Village => "村级",
        _ => "县级",
    };
}
