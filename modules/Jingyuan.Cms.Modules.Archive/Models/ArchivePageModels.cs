using Jingyuan.Cms.Archive;
using Jingyuan.Cms.Departments;
using Jingyuan.Cms.Plan;

namespace Jingyuan.Cms.Modules.Archive.Models;

/// <summary>The packages page: the request form and a page of packages, newest first.</summary>
public sealed record ArchiveIndexModel(
    int Year, IReadOnlyList<int> Years, IReadOnlyList<PlanTask> Tasks, IReadOnlyList<Department>? Departments,
    IReadOnlyList<ArchivePackageInfo> Packages, string? NextBefore);

/// <summary>One package: its progress while building, the download when done.</summary>
public sealed record ArchiveDetailModel(ArchivePackageInfo Package);
