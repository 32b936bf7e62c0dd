namespace Jingyuan.Cms.Display;

/// <summary>
/// Model of the public theme's _PublishInfo partial, here so modules can fill it: "发布日期：2023-03-20　发布单位：泾源县乡村振兴局".
/// <see cref="PublishedAt"/> is a Beijing-time date; use <see cref="FromUtc"/> for a UTC timestamp
/// such as ContentItem.PublishedUtc.
/// </summary>
public sealed record PublishInfoModel(DateTime? PublishedAt, string? Unit)
{
    /// <summary>Source line (来源), shown when set.</summary>
    public string? Source { get; init; }

    /// <summary>China has kept UTC+8 all year since 1991: no time-zone database needed.</summary>
    public static readonly TimeSpan BeijingOffset = TimeSpan.FromHours(8);

    public static PublishInfoModel FromUtc(DateTime? publishedUtc, string? unit) =>
        new(publishedUtc is { } utc ? DateTime.SpecifyKind(utc, DateTimeKind.Utc).Add(BeijingOffset) : null, unit);

    /// <summary>For a date that is already a China calendar date (e.g. a notice's 发布日期 field).</summary>
    public static PublishInfoModel OfDate(DateOnly? date, string? unit) =>
        new(date?.ToDateTime(TimeOnly.MinValue), unit);
}
