using Jingyuan.Cms.Departments;
using Jingyuan.Cms.Plan;
using Jingyuan.Cms.Tests.TestSupport;

namespace Jingyuan.Cms.Tests.Plan;

/// <summary>Departments, lead and responsible units, and sites of the seed.</summary>
public sealed class SeedUnitsTests(SeededDatabase seeded) : IClassFixture<SeededDatabase>
{
    private static readonly string[] Townships = ["香水镇", "泾河源镇", "六盘山镇", "新民乡", "兴盛乡", "黄花乡", "大湾乡"];

    // How the text writes "every township", typos included (task 22: 民政府, task 29: no 各).
    private static readonly string[] AllTownshipsInText = ["各乡（镇）人民政府", "各乡（镇）民政府", "乡（镇）人民政府"];

    private readonly SqliteTestDatabase database = seeded.Database;
    private readonly PlanYear plan = seeded.Plan;
    private readonly List<Department> departments = seeded.Departments;

    private PlanTask Task(int number) => plan.Chapters.SelectMany(c => c.Tasks).Single(t => t.Number == number);

    private List<string> Names(IEnumerable<int> ids) => ids.Select(id => departments.Single(d => d.Id == id).Name).ToList();

    [Fact]
    public void Townships_are_the_seven_with_their_government_names_as_aliases()
    {
        var townships = departments.Where(d => d.Kind == DepartmentKind.Township).ToList();
        Assert.Equal(Townships, townships.Select(d => d.Name));
        Assert.All(townships, t => Assert.Equal(t.Name + "人民政府", t.Aliases));
    }

    [Fact]
    public void Variant_spellings_are_aliases_and_民宗局_stays_apart_from_宗教局()
    {
        var lookup = DepartmentNames.BuildLookup(departments);
        int Id(string name) => lookup[DepartmentNames.Normalize(name)];
        Assert.Equal(Id("医疗保障局"), Id("医保局"));
        Assert.Equal(Id("轻工产业园管委会"), Id("轻工产业园"));
        Assert.Equal(Id("农业农村局"), Id("农业农 村局"));
        Assert.Equal(Id("大湾乡"), Id("大湾乡人民政府"));
        Assert.NotEqual(Id("民宗局"), Id("宗教局"));
        Assert.Equal("乡村振兴局", departments[0].Name);
        Assert.All(departments.Where(d => d.Kind != DepartmentKind.Township), d => Assert.Equal(DepartmentKind.Bureau, d.Kind));
    }

    [Fact]
    public void Units_of_tasks_2_14_20_22()
    {
        Assert.Equal(["农业农村局"], Names(Task(2).LeadUnitIds));
        Assert.Equal(["发改局", "财政局", "乡村振兴局", .. Townships], Names(Task(2).ResponsibleUnitIds));

        Assert.Equal(Townships, Names(Task(14).LeadUnitIds));
        Assert.Equal(["农业农村局", "乡村振兴局", "发改局", "财政局", "交通局", "住建局"], Names(Task(14).ResponsibleUnitIds));

        Assert.Equal(["人社局", "卫健局", "医疗保障局"], Names(Task(20).LeadUnitIds));
        Assert.Equal(["公安局", "民政局", "乡村振兴局", .. Townships], Names(Task(20).ResponsibleUnitIds));

        Assert.Equal(["公安局", "农业农村局"], Names(Task(22).LeadUnitIds));
        Assert.Equal(["自然资源局", "民政局", "残联", "人社局", "乡村振兴局", .. Townships], Names(Task(22).ResponsibleUnitIds));
    }

    [Fact]
    public void Units_of_every_task_are_those_printed_under_it()
    {
        var lookup = DepartmentNames.BuildLookup(departments);
        var townshipIds = DepartmentNames.TownshipIds(departments);
        List<int> Resolve(IEnumerable<string> printed) => printed
            .SelectMany(n => AllTownshipsInText.Contains(n) ? townshipIds : [lookup[DepartmentNames.Normalize(n)]])
            .Distinct().ToList();

        foreach (var (number, printed) in PlanText2023.Instance.Tasks)
        {
            Assert.True(Resolve(printed.LeadUnits).SequenceEqual(Task(number).LeadUnitIds), $"task {number} lead");
            Assert.True(Resolve(printed.ResponsibleUnits).SequenceEqual(Task(number).ResponsibleUnitIds), $"task {number} responsible");
        }
    }

    [Fact]
    public void Every_department_is_named_in_the_plan_or_is_a_township()
    {
        var printed = PlanText2023.Instance.Tasks.Values.SelectMany(t => t.LeadUnits.Concat(t.ResponsibleUnits))
            .Select(DepartmentNames.Normalize).ToHashSet();
        foreach (var d in departments.Where(d => d.Kind == DepartmentKind.Bureau))
        {
            Assert.True(printed.Contains(d.Name) || DepartmentNames.SplitAliases(d.Aliases).Any(printed.Contains), d.Name);
        }
    }

    [Fact]
    public async Task Sites_carry_the_township_the_text_gives()
    {
        await using var db = database.CreateContext();
        var sites = (await new PlanStore(db).ListSitesAsync()).ToDictionary(s => s.Name);
        Assert.Equal("黄花乡", sites["羊槽村"].Township);
        Assert.Equal("兴盛乡", sites["红旗村"].Township);
        Assert.Equal("大湾乡", sites["绿塬村"].Township);
        Assert.Equal("六盘山镇", sites["什字村"].Township);
        Assert.Equal("泾河源镇", sites["龙潭村"].Township);
        Assert.Equal("香水镇", sites["城关村"].Township);
        Assert.Equal("新民乡", sites["马河滩村"].Township);
        Assert.Equal("六盘山镇", sites["集美村"].Township);
        Assert.Equal("", sites["冶家"].Township); // the text does not say
        foreach (var name in new[] { "冶家", "泾光", "新旗", "园子村", "大庄村", "兰大庄", "兴盛", "下金", "泾河社区", "卡子村", "兴明村", "绿源村", "大湾村", "苏堡村", "董庄村", "张台村", "红土村" })
        {
            Assert.True(sites.ContainsKey(name), name);
        }
        Assert.All(sites.Values, s => Assert.Equal(SiteKind.General, s.Kind));
        Assert.All(sites.Values, s => Assert.Empty(s.Leaders));
    }
}
