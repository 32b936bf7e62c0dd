using Jingyuan.Cms.Time;
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

    public static PublishInfoModel FromUtc(DateTime? publishedUtc, string? unit) =>
        new(publishedUtc is { } utc ? ChinaTime.FromUtc(utc) : null, unit);

    /// <summary>For a date that is already a China calendar date (e.g. a notice's 发布日期 field).</summary>
    public static PublishInfoModel OfDate(DateOnly? date, string? unit) =>
        new(date?.ToDateTime(TimeOnly.MinValue), unit);
}
