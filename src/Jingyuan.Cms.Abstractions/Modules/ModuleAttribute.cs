namespace Jingyuan.Cms.Modules;

/// <summary>
/// Declares an assembly as a module, as Orchard Core's Manifest.cs does.
/// The host discovers modules by this attribute alone.
/// </summary>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = false)]
public sealed class ModuleAttribute(string id, string name) : Attribute
{
    public string Id { get; } = id;
    /// <summary>Display name shown to administrators (Chinese).</summary>
    public string Name { get; } = name;
    public string Description { get; init; } = "";
    public string Category { get; init; } = "";
    public string Version { get; init; } = "1.0.0";
    /// <summary>Ids of modules that must be present and enabled before this one.</summary>
    public string[] Dependencies { get; init; } = [];
    /// <summary>Core modules cannot be disabled.</summary>
    public bool AlwaysEnabled { get; init; }
}
