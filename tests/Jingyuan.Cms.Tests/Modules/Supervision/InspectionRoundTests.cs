using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Jingyuan.Cms.Content;
using Jingyuan.Cms.Modules.Supervision.Models;
using Jingyuan.Cms.Tests.TestSupport;
using static Jingyuan.Cms.Tests.Modules.Supervision.SupervisionSite;
using I = Jingyuan.Cms.Modules.Supervision.Models.SupervisionItemType;

namespace Jingyuan.Cms.Tests.Modules.Supervision;

/// <summary>A 督查轮次 of units 甲 and 乙 raises two findings; the round's page lists them with their stage.</summary>
public sealed class InspectionRoundTests
{
    [Theory, ClassData(typeof(Databases))]
    public async Task A_round_with_two_findings_shows_them_with_their_stage(TestDatabase database)
    {
        await using var s = await StartAsync(database, At(2026, 9, 30));
        using var office = await s.Site.LoginAsync("office");
        var empty = await office.PostFormAsync("/admin/supervision/rounds/new", "/admin/supervision/rounds/new", new()
        {
            ["HeldOn"] = "2026-09-28", ["Inspectors"] = "张三、李四",
        });
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Contains("请选择至少一个被督查单位", await empty.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        var token = await office.TokenFromAsync("/admin/supervision/rounds/new");
        var recorded = await office.PostWithTokenAsync("/admin/supervision/rounds/new", token,
        [
            KeyValuePair.Create("HeldOn", "2026-09-28"), KeyValuePair.Create("Inspectors", "张三、李四"),
            KeyValuePair.Create("UnitIds", Id(s.UnitA)), KeyValuePair.Create("UnitIds", Id(s.UnitB)),
            KeyValuePair.Create("Summary", "第三季度督查"),
        ]);
        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        var roundUrl = recorded.Headers.Location!.ToString();
        var roundId = roundUrl.Split('/')[^1];
        Assert.Equal(InspectionRoundType.AdminUrl(roundId), roundUrl);

        // The finding form prefills the inspected unit asked for.
        var form = await office.GetPageAsync($"{roundUrl}/findings/new?unit={s.UnitB}");
        Assert.Matches($"<option value=\"{s.UnitB}\" selected=\"selected\">", form);
        var first = await RaiseFindingAsync(office, roundUrl, "饮水工程进度滞后", s.UnitA);
        var second = await RaiseFindingAsync(office, roundUrl, "培训台账不全", s.UnitB);
        Assert.Equal(HttpStatusCode.Redirect, (await StepAsync(office, first, "assign")).StatusCode);

        foreach (var id in new[] { first, second })
        {
            var item = await s.LatestAsync(id);
            Assert.Equal(I.FromRound, item.GetText(I.Source));   // the form posted 其他
            Assert.Equal(roundId, item.GetText(I.SourceRecord));
        }
        var page = await office.GetPageAsync(roundUrl);
        Assert.Equal("交办", StageOf(page, first));
        Assert.Equal("立项", StageOf(page, second));
        Assert.Contains("饮水工程进度滞后", page);
        Assert.Contains("培训台账不全", page);
        Assert.Contains(roundId, await office.GetPageAsync("/admin/supervision/rounds"));
        Assert.Contains(InspectionRoundType.AdminUrl(roundId), await office.GetPageAsync(I.AdminUrl(first)));

        using var unit = await s.Site.LoginAsync("unita");
        Assert.Equal(HttpStatusCode.Forbidden, (await unit.GetAsync("/admin/supervision/rounds/new")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await unit.GetAsync(roundUrl)).StatusCode);
        var refused = await unit.PostWithTokenAsync($"{roundUrl}/findings/new", await unit.TokenFromAsync("/admin"),
        [
            KeyValuePair.Create("Title", "越权"), KeyValuePair.Create("Content", "越权"), KeyValuePair.Create("LeadUnitId", Id(s.UnitA)),
            KeyValuePair.Create("Deadline", "2026-10-30"), KeyValuePair.Create("Priority", "一般"),
        ]);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    private static async Task<string> RaiseFindingAsync(TestClient office, string roundUrl, string title, int unit)
    {
        var response = await office.PostFormAsync($"{roundUrl}/findings/new", $"{roundUrl}/findings/new", new()
        {
            ["Title"] = title, ["Source"] = I.FromOther, ["Content"] = title + "，请限期整改", ["LeadUnitId"] = Id(unit),
            ["Deadline"] = "2026-10-30", ["Priority"] = "重要",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response.Headers.Location!.ToString().Split('/')[^1];
    }

    internal static string StageOf(string page, string itemId) =>
        Regex.Match(page, $"data-item=\"{itemId}\".*?class=\"stage\">([^<]+)<", RegexOptions.Singleline).Groups[1].Value;

    internal static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);
}
