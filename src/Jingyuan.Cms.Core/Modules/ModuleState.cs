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

    private readonly Lock _gate = new();
    private long _localChanges;

    /// <summary>Counts switches made on this node, so a refresh read before one cannot undo it.</summary>
    internal long LocalChanges => Interlocked.Read(ref _localChanges);

    internal void Set(string moduleId, bool enabled)
    {
        lock (_gate)
        {
            _enabled[moduleId] = enabled;
            _localChanges++;
        }
    }

    /// <summary>Applies stored choices read when <see cref="LocalChanges"/> was <paramref name="seen"/>; false if stale.</summary>
    internal bool Refresh(long seen, IEnumerable<(string ModuleId, bool Enabled)> stored)
    {
        lock (_gate)
        {
            if (_localChanges != seen) return false;
            foreach (var (id, enabled) in stored) _enabled[id] = enabled;
            return true;
        }
    }
}
