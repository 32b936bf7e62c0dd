namespace Jingyuan.Cms.Modules;

/// <summary>Which modules are enabled right now (stored in the database by the host).</summary>
public interface IModuleState
{
    IReadOnlyList<ModuleDescriptor> AllModules { get; }
    bool IsEnabled(string moduleId);
    /// <summary>The module an assembly or type belongs to, or null for the host itself.</summary>
    ModuleDescriptor? FindByAssembly(System.Reflection.Assembly assembly);
}
