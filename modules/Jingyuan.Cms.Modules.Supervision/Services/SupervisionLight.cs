using Jingyuan.Cms.Content;
using Jingyuan.Cms.Modules.Supervision.Models;
using Jingyuan.Cms.Time;

namespace Jingyuan.Cms.Modules.Supervision.Services;

/// <summary>绿灯 on track, 黄灯 from 3 working days before the deadline, 红灯 when late or 签收 is overdue; none when not open.</summary>
public enum SupervisionLight { None, Green, Yellow, Red }

/// <summary>
/// The light's turning days, computed by working days when the item changes (stored, so lists filter
/// by light in SQL), and the light on a given day from them.
/// </summary>
public static class SupervisionLights
{
    public static SupervisionLight On(ContentItem item, DateOnly today)
    {
        if (item.GetDate(SupervisionItemType.RedFrom) is not { } red) return SupervisionLight.None;
        if (today >= red) return SupervisionLight.Red;
        return item.GetDate(SupervisionItemType.YellowFrom) is { } yellow && today >= yellow
            ? SupervisionLight.Yellow : SupervisionLight.Green;
    }

    /// <summary>Sets <see cref="SupervisionItemType.YellowFrom"/> and <see cref="SupervisionItemType.RedFrom"/> for the item's stage.</summary>
    public static async Task ScheduleAsync(ContentItem item, IWorkingCalendar calendar, CancellationToken ct = default)
    {
        var stage = item.GetText(SupervisionItemType.Stage);
        if (stage is SupervisionStage.Registered or SupervisionStage.Closed || item.GetDate(SupervisionItemType.Deadline) is not { } deadline)
        {
            item.Set(SupervisionItemType.YellowFrom, null).Set(SupervisionItemType.RedFrom, null);
            return;
        }
        var yellow = await calendar.AddWorkingDaysAsync(deadline, -SupervisionStage.YellowWorkingDays, ct);
        var red = deadline.AddDays(1);
        if (stage == SupervisionStage.Assigned && item.GetDate(SupervisionItemType.SignDue) is { } signDue && signDue.AddDays(1) < red)
            red = signDue.AddDays(1);
        item.Set(SupervisionItemType.YellowFrom, Iso(yellow)).Set(SupervisionItemType.RedFrom, Iso(red));
    }

    public static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public static string Label(SupervisionLight light) => light switch
    {
        SupervisionLight.Green => "绿灯", SupervisionLight.Yellow => "黄灯", SupervisionLight.Red => "红灯", _ => "—",
    };
}
