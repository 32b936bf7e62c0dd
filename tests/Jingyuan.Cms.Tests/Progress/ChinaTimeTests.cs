using Jingyuan.Cms.Time;
using Microsoft.Extensions.Time.Testing;

namespace Jingyuan.Cms.Tests.Progress;

public sealed class ChinaTimeTests
{
    [Fact]
    public void Today_turns_over_at_midnight_in_China_not_at_midnight_UTC()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2023, 12, 31, 15, 59, 0, TimeSpan.Zero));
        Assert.Equal(new DateOnly(2023, 12, 31), ChinaTime.Today(clock));
        Assert.Equal(2023, ChinaTime.CurrentYear(clock));

        clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(new DateOnly(2024, 1, 1), ChinaTime.Today(clock));
        Assert.Equal(2024, ChinaTime.CurrentYear(clock));
    }

    [Fact]
    public void A_UTC_timestamp_is_shown_and_dated_in_China_time()
    {
        var utc = new DateTime(2023, 6, 30, 16, 30, 0, DateTimeKind.Unspecified);
        Assert.Equal("2023-07-01 00:30:00", ChinaTime.Format(utc));
        Assert.Equal(new DateOnly(2023, 7, 1), ChinaTime.DateOf(utc));
        Assert.Equal(2023, ChinaTime.YearOf(utc));
        Assert.Equal(2024, ChinaTime.YearOf(new DateTime(2023, 12, 31, 16, 0, 0, DateTimeKind.Utc)));
    }
}
