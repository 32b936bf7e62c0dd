using Jingyuan.Cms.Freshness;
using Jingyuan.Cms.Tests.TestSupport;
using static Jingyuan.Cms.Tests.Freshness.FreshnessSite;

namespace Jingyuan.Cms.Tests.Freshness;

/// <summary>
/// Column states on the fake clock: chapter (一) gets its first record on 2023-03-01, so with the 180-day threshold and
/// the 14-day margin it is about to go stale on day 170 (10 days left), stale on day 181, and fresh again on a new item.
/// </summary>
public sealed class ColumnFreshnessTests
{
    public static readonly DateTimeOffset First = At(2023, 3, 1);

    [Theory, ClassData(typeof(Databases))]
    public async Task A_column_goes_from_empty_to_fresh_to_soon_stale_to_stale_and_a_new_item_resets_it(TestDatabase database)
    {
        await using var s = await StartAsync(database, First);
        Assert.Equal(ColumnFreshnessState.Empty, (await s.ColumnAsync(ChapterColumn)).State);
        Assert.Null((await s.ColumnAsync(ChapterColumn)).LastItemUtc);

        await s.PublishAsync("三月产业记录");
        var fresh = await s.ColumnAsync(ChapterColumn);
        Assert.Equal((ColumnFreshnessState.Fresh, 180, 180), (fresh.State, fresh.ThresholdDays, fresh.DaysLeft));
        Assert.Equal(First.UtcDateTime, fresh.LastItemUtc!.Value, TimeSpan.FromSeconds(1));
        Assert.Equal(s.ChapterLeads.Order(), fresh.ResponsibleUnitIds.Order());
        Assert.Equal("/plan/2023/chapters/1", fresh.Url);
        var unitColumn = $"unit:2023:{s.ChapterLeads[0]}";
        Assert.Equal(ColumnFreshnessState.Fresh, (await s.ColumnAsync(unitColumn)).State);
        Assert.Equal([s.ChapterLeads[0]], (await s.ColumnAsync(unitColumn)).ResponsibleUnitIds);

        s.MoveTo(First.AddDays(170));
        var soon = await s.ColumnAsync(ChapterColumn);
        Assert.Equal((ColumnFreshnessState.DueSoon, 10), (soon.State, soon.DaysLeft));
        s.MoveTo(First.AddDays(165));
        Assert.Equal(ColumnFreshnessState.Fresh, (await s.ColumnAsync(ChapterColumn)).State);      // 15 days left
        s.MoveTo(First.AddDays(166));
        Assert.Equal(ColumnFreshnessState.DueSoon, (await s.ColumnAsync(ChapterColumn)).State);    // 14 days left: the margin
        s.MoveTo(First.AddDays(181));
        var stale = await s.ColumnAsync(ChapterColumn);
        Assert.Equal((ColumnFreshnessState.Stale, -1), (stale.State, stale.DaysLeft));
        Assert.Equal(ColumnFreshnessState.Stale, (await s.ColumnAsync(unitColumn)).State);

        await s.PublishAsync("九月产业记录");
        var again = await s.ColumnAsync(ChapterColumn);
        Assert.Equal((ColumnFreshnessState.Fresh, 180), (again.State, again.DaysLeft));

        var columns = await s.ColumnsAsync();
        Assert.Equal(ColumnFreshnessState.Empty, columns.Single(c => c.Key == $"unit:2023:{s.SilentUnit}").State);
        var home = columns.Single(c => c.Kind == ColumnKind.Home);
        Assert.Equal(("/", 14, 3), (home.Url, home.ThresholdDays, home.WarningDays));
        Assert.Equal([s.Office], home.ResponsibleUnitIds);
        Assert.Equal(9, columns.Count(c => c.Kind == ColumnKind.Chapter));
    }
}
