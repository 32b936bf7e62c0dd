namespace Jingyuan.Cms.Web.Areas.Admin.Models;

public sealed record ModuleRow(
    string Id, string Name, string Category, string Version, string Description,
    IReadOnlyList<string> Dependencies, bool Enabled, bool AlwaysEnabled);
