using System.Reflection;
using Microsoft.Extensions.DependencyModel;

namespace Jingyuan.Cms.Modules;

/// <summary>Thrown at start when modules cannot be loaded; the message says which and why.</summary>
public sealed class ModuleLoadException(string message) : Exception(message);

/// <summary>Finds modules in the application's referenced assemblies and orders them by dependency.</summary>
public static class ModuleDiscovery
{
    public static IReadOnlyList<ModuleDescriptor> DiscoverReferenced()
    {
        var assemblies = (DependencyContext.Default?.RuntimeLibraries ?? [])
            .Where(l => l.Type == "project")
            .Select(l => TryLoad(l.Name))
            .OfType<Assembly>()
            .Concat(AppDomain.CurrentDomain.GetAssemblies())
            .Distinct();
        return Order(Describe(assemblies));
    }

    public static IEnumerable<ModuleDescriptor> Describe(IEnumerable<Assembly> assemblies) =>
        assemblies.Select(a => (Assembly: a, Module: a.GetCustomAttribute<ModuleAttribute>()))
            .Where(x => x.Module is not null)
            .Select(x => new ModuleDescriptor(x.Module!.Id, x.Module.Name, x.Module.Description, x.Module.Category,
                x.Module.Version, x.Module.Dependencies, x.Module.AlwaysEnabled, x.Assembly));

    /// <summary>Dependencies first. Refuses a missing dependency, a duplicate id or a cycle.</summary>
    public static IReadOnlyList<ModuleDescriptor> Order(IEnumerable<ModuleDescriptor> modules)
    {
        var byId = new Dictionary<string, ModuleDescriptor>(StringComparer.OrdinalIgnoreCase);
        foreach (var m in modules)
        {
            if (!byId.TryAdd(m.Id, m) && byId[m.Id].Assembly != m.Assembly)
                throw new ModuleLoadException($"模块 ID 重复：{m.Id}（{byId[m.Id].Assembly.GetName().Name} 与 {m.Assembly.GetName().Name}）");
        }
        foreach (var m in byId.Values)
        {
            var missing = m.Dependencies.FirstOrDefault(d => !byId.ContainsKey(d));
            if (missing is not null)
                throw new ModuleLoadException($"模块 {m.Id} 依赖的模块 {missing} 不存在，站点无法启动。");
        }

        var ordered = new List<ModuleDescriptor>();
        var state = new Dictionary<string, bool>(StringComparer.OrdinalIgnoreCase); // false = visiting, true = done
        foreach (var m in byId.Values.OrderBy(m => m.Id, StringComparer.Ordinal)) Visit(m, []);
        return ordered;

        void Visit(ModuleDescriptor m, List<string> path)
        {
            if (state.TryGetValue(m.Id, out var done))
            {
                if (done) return;
                throw new ModuleLoadException($"模块依赖形成循环：{string.Join(" → ", path.Append(m.Id))}，站点无法启动。");
            }
            state[m.Id] = false;
            foreach (var d in m.Dependencies) Visit(byId[d], [.. path, m.Id]);
            state[m.Id] = true;
            ordered.Add(m);
        }
    }

    private static Assembly? TryLoad(string name)
    {
        try { return Assembly.Load(new AssemblyName(name)); }
        catch (Exception e) when (e is FileNotFoundException or BadImageFormatException) { return null; }
    }
}
