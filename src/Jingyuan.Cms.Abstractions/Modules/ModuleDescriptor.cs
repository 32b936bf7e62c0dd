using System.Reflection;

namespace Jingyuan.Cms.Modules;

/// <summary>A module as the host knows it after discovery.</summary>
public sealed record ModuleDescriptor(
    string Id,
    string Name,
    string Description,
    string Category,
    string Version,
    IReadOnlyList<string> Dependencies,
    bool AlwaysEnabled,
    Assembly Assembly);
