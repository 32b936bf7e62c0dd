using System.Reflection;
using Jingyuan.Cms.Modules;

namespace Jingyuan.Cms.Tests.Modules;

public sealed class ModuleDiscoveryTests
{
    private static readonly Assembly Any = typeof(ModuleDiscoveryTests).Assembly;

    private static ModuleDescriptor Module(string id, params string[] dependencies) =>
        new(id, id, "", "", "1.0", dependencies, false, id == "A" ? Any : typeof(ModuleAttribute).Assembly);

    [Fact]
    public void Modules_are_ordered_dependencies_first()
    {
        var ordered = ModuleDiscovery.Order([
            Module("C", "B"), Module("B", "A"), Module("A"),
        ]);
        Assert.Equal(["A", "B", "C"], ordered.Select(m => m.Id));
    }

    [Fact]
    public void A_missing_dependency_stops_start_up_with_a_clear_message()
    {
        var error = Assert.Throws<ModuleLoadException>(() => ModuleDiscovery.Order([Module("Industry", "Plan")]));
        Assert.Contains("Industry", error.Message);
        Assert.Contains("Plan", error.Message);
        Assert.Contains("不存在", error.Message);
    }

    [Fact]
    public void A_dependency_cycle_stops_start_up_naming_the_cycle()
    {
        var error = Assert.Throws<ModuleLoadException>(() => ModuleDiscovery.Order([Module("A", "B"), Module("B", "A")]));
        Assert.Contains("A → B → A", error.Message);
    }

    [Fact]
    public void The_real_modules_are_discovered_from_the_referenced_projects()
    {
        var modules = ModuleDiscovery.DiscoverReferenced();
        Assert.NotEmpty(modules);
        Assert.All(modules, m => Assert.False(string.IsNullOrWhiteSpace(m.Name)));
    }
}
