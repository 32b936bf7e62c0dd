using System.Net;
using System.Text.RegularExpressions;
using Jingyuan.Cms.Security;
using Jingyuan.Cms.Tests.TestSupport;

namespace Jingyuan.Cms.Tests.Modules.Industry;

/// <summary>The host's chapter page and menu, as the Industry module's descriptor makes them.</summary>
public sealed partial class IndustryChapterPageTests
{
    private const string Page = "/admin/chapters/industry";

    [GeneratedRegex("<tr data-target-key=\"(?<key>[^\"]+)\">(?<row>.*?)</tr>", RegexOptions.Singleline)]
    private static partial Regex TargetRow();

    [GeneratedRegex("<td class=\"text-end text-nowrap achieved\">\\s*<a href=\"(?<href>[^\"]+)\"")]
    private static partial Regex RecordsLink();

    [Theory, ClassData(typeof(Databases))]
    public async Task Task_2_shows_its_targets_achieved_values_and_the_records_behind_them(TestDatabase database)
    {
        await using var site = new CmsWebFactory(database);
        await IndustryTestData.SeedPlanAsync(site);
        await IndustryTestData.PublishedCattleProjectAsync(site, "园子村肉牛出户入园", 300);
        await IndustryTestData.SaveAsync(site, await IndustryTestData.NewCattleProjectAsync(site, "尚未审核的肉牛项目", 500));
        using var admin = await site.LoginAsync("admin");

        var html = await admin.GetPageAsync(Page);
        Assert.Contains("任务2　发展肉牛养殖产业", html);
        var rows = TargetRow().Matches(html).ToDictionary(m => m.Groups["key"].Value, m => m.Groups["row"].Value);
        Assert.Equal(["2-breeding-cows", "2-new-cattle", "2-parks"], rows.Keys.Where(k => k.StartsWith("2-")).Order());
        var cattle = rows["2-new-cattle"];
        Assert.Contains("新增肉牛", cattle);
        Assert.Contains("1,200头", cattle);
        Assert.Contains("300头", cattle);
        Assert.Contains("25%", cattle);
        Assert.Contains("红灯（严重滞后）", cattle); // 2023 is over: 25 % trails the whole year
        Assert.Contains("产业类别为“肉牛”的已发布产业项目“新增肉牛”之和", cattle);
        Assert.Contains("0个", rows["2-parks"]);
        Assert.DoesNotMatch(RecordsLink(), rows["6-mushroom-output"]); // reported, not computed: no records to list

        var records = WebUtility.HtmlDecode(RecordsLink().Match(cattle).Groups["href"].Value);
        Assert.StartsWith("/admin/content?type=IndustryProject&year=2023&status=Published&f.Industry=", records);
        var list = await admin.GetPageAsync(records);
        Assert.Contains("园子村肉牛出户入园", list);
        Assert.DoesNotContain("尚未审核的肉牛项目", list);

        // The ledgers, with their list, new, import, template and export links; and the menu group.
        foreach (var link in new[]
        {
            "/admin/content?type=IndustryProject&amp;year=2023", "/admin/content/new/TourismOperator",
            "/admin/content/sheets/ConsumptionPurchase/import", "/admin/content/sheets/IndustryProject/template.xlsx",
            "/admin/content/sheets/IndustryProject/export.xlsx?year=2023",
        })
        {
            Assert.Contains($"href=\"{link}\"", html);
        }
        Assert.Contains("href=\"/admin/chapters/industry\"", await admin.GetPageAsync("/admin"));
        Assert.Contains("href=\"/admin/content?type=ConsumptionPurchase\"", html);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task A_department_editor_sees_the_figures_and_strangers_see_nothing(TestDatabase database)
    {
        await using var site = new CmsWebFactory(database);
        await IndustryTestData.SeedPlanAsync(site);
        await IndustryTestData.PublishedCattleProjectAsync(site, "园子村肉牛出户入园", 300);
        var (department, _) = await TestContent.DepartmentsAsync(site);
        await site.CreateUserAsync("li", BuiltInRoles.DepartmentEditor, department);
        using var editor = await site.LoginAsync("li");

        var html = await editor.GetPageAsync(Page);
        Assert.Contains("300头", TargetRow().Matches(html).Single(m => m.Groups["key"].Value == "2-new-cattle").Value);
        Assert.Equal(HttpStatusCode.NotFound, (await editor.GetAsync("/admin/chapters/no-such-chapter")).StatusCode);
        Assert.Contains("2022年尚无实施方案", await editor.GetPageAsync(Page + "?year=2022"));

        var anonymous = await site.AnonymousClient().GetAsync(Page);
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.Contains("/admin/login", anonymous.Headers.Location!.ToString());
    }
}
