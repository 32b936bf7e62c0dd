using System.Collections.Concurrent;
using System.Reflection;

namespace Jingyuan.Cms.Modules;

/// <summary>
/// The discovered modules and which are enabled. A singleton read on every request,
/// so the enabled set is kept in memory and refreshed from the database on change.
/// </summary>
public sealed class ModuleState(IReadOnlyList<ModuleDescriptor> modules) : IModuleState
{
    private readonly ConcurrentDictionary<string, bool> _enabled = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<Assembly, ModuleDescriptor> _byAssembly = modules.ToDictionary(m => m.Assembly);

    public IReadOnlyList<ModuleDescriptor> AllModules => modules;

    public bool IsEnabled(string moduleId) =>
        _enabled.TryGetValue(moduleId, out var on) ? on : modules.Any(m => m.Id == moduleId && m.AlwaysEnabled);

    public ModuleDescriptor? FindByAssembly(Assembly assembly) => _byAssembly.GetValueOrDefault(assembly);

    public ModuleDescriptor? Find(string moduleId) =>
        modules.FirstOrDefault(m => string.Equals(m.Id, moduleId, StringComparison.OrdinalIgnoreCase));

    /// <summary>True when the type comes from the host or from an enabled module.</summary>
    public bool IsActive(Type type) => FindByAssembly(type.Assembly) is not { } m || IsEnabled(m.Id);

    internal void Set(string moduleId, bool enabled) => _enabled[moduleId] = enabled;
}
