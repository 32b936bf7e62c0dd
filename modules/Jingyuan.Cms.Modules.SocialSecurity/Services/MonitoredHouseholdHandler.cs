using Jingyuan.Cms.Chapters;
using Jingyuan.Cms.Content;
using Jingyuan.Cms.Modules.SocialSecurity.Models;
using Microsoft.Extensions.Localization;

namespace Jingyuan.Cms.Modules.SocialSecurity.Services;

/// <summary>A household whose risk is eliminated says when, and not before its measures were taken.</summary>
public sealed class MonitoredHouseholdHandler(IStringLocalizer<MonitoredHouseholdHandler> T) : RecordHandler<MonitoredHousehold>
{
    protected override void Validate(MonitoredHousehold household, ContentItem item, RecordErrors<MonitoredHousehold> errors)
    {
        if (household.RiskEliminated != true) return;
        if (household.EliminatedOn is not { } eliminated)
            errors.Add(x => x.EliminatedOn, T["已消除风险的监测对象请填写风险消除日期"]);
        else if (household.MeasuresDate is { } measures && eliminated < measures)
            errors.Add(x => x.EliminatedOn, T["风险消除日期不能早于落实措施日期（{0:yyyy-MM-dd}）", measures]);
    }
}
