using Microsoft.Extensions.Configuration;

namespace Jingyuan.Cms.Freshness;

/// <summary>
/// The <c>Freshness</c> section: the inspection thresholds (国办秘函〔2019〕19号: the home page within 2 weeks,
/// a column within 6 months) and the warning margins before them.
/// </summary>
public sealed class FreshnessOptions
{
    public const string Section = "Freshness";

    public int HomeDays { get; set; } = 14;
    public int ColumnDays { get; set; } = 180;
    public int HomeWarningDays { get; set; } = 3;
    public int ColumnWarningDays { get; set; } = 14;
    /// <summary>The content type of the 公示公告 column (the notices module's); no column when the type is not active.</summary>
    public string NoticeContentType { get; set; } = "Notice";
    public string NoticesUrl { get; set; } = "/notices";

    public static FreshnessOptions From(IConfiguration configuration)
    {
        var options = configuration.GetSection(Section).Get<FreshnessOptions>() ?? new FreshnessOptions();
        if (options.HomeDays < 1 || options.ColumnDays < 1 || options.HomeWarningDays < 0 || options.ColumnWarningDays < 0)
            throw new InvalidOperationException(
                $"{Section}: HomeDays and ColumnDays must be at least 1, HomeWarningDays and ColumnWarningDays at least 0.");
        return options;
    }
}
