using Jingyuan.Cms.Content;
using Jingyuan.Cms.Modules.Notices.Services;
using Microsoft.Extensions.Time.Testing;

namespace Jingyuan.Cms.Tests.Modules.Notices;

/// <summary>A 公示 from 2023-03-20 to 2023-03-26, both days included, read by the calendar in China (UTC+8).</summary>
public sealed class NoticeStatusTests
{
    private static readonly DateOnly Start = new(2023, 3, 20);
    private static readonly DateOnly End = new(2023, 3, 26);

    private static PublicityState At(int year, int month, int day, int hourUtc, int minuteUtc = 0)
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(year, month, day, hourUtc, minuteUtc, 0, TimeSpan.Zero));
        return new NoticeStatusService(clock).For(Publicity(Start, End))!;
    }

    [Fact]
    public void Before_the_start_date_it_has_not_started()
    {
        // 2023-03-19 23:59 in China.
        var state = At(2023, 3, 19, 15, 59);
        Assert.Equal(PublicityPhase.NotStarted, state.Phase);
        Assert.Equal(1, state.Days);
    }

    [Fact]
    public void On_the_start_date_it_is_open_for_the_whole_period()
    {
        // Midnight in China is 16:00 UTC the day before.
        var state = At(2023, 3, 19, 16);
        Assert.Equal(PublicityPhase.Open, state.Phase);
        Assert.Equal(7, state.Days);
    }

    [Fact]
    public void During_the_period_the_days_left_count_today()
    {
        var state = At(2023, 3, 23, 4);
        Assert.Equal(PublicityPhase.Open, state.Phase);
        Assert.Equal(4, state.Days);
    }

    [Fact]
    public void On_the_end_date_it_is_still_open_for_one_day()
    {
        // 2023-03-26 23:59 in China.
        var state = At(2023, 3, 26, 15, 59);
        Assert.Equal(PublicityPhase.Open, state.Phase);
        Assert.Equal(1, state.Days);
    }

    [Fact]
    public void After_the_end_date_it_has_ended()
    {
        // 2023-03-27 00:00 in China, while it is still the 26th in UTC.
        var state = At(2023, 3, 26, 16);
        Assert.Equal(PublicityPhase.Ended, state.Phase);
        Assert.Equal(1, state.Days);
    }

    [Fact]
    public void Only_a_publicity_with_its_period_has_a_state()
    {
        var status = new NoticeStatusService(new FakeTimeProvider());
        var announcement = Publicity(Start, End).Set("Kind", "公告");
        var noPeriod = new ContentItem { ContentType = "Notice" }.Set("Kind", "公示");

        Assert.Null(status.For(announcement));
        Assert.Null(status.For(noPeriod));
    }

    private static ContentItem Publicity(DateOnly start, DateOnly end) =>
        new ContentItem { ContentType = "Notice" }
            .Set("Kind", "公示").Set("PeriodStart", start.ToString("yyyy-MM-dd")).Set("PeriodEnd", end.ToString("yyyy-MM-dd"));
}
