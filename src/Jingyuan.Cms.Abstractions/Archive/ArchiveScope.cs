namespace Jingyuan.Cms.Archive;

/// <summary>
/// What an archive package holds: the approved records and progress reports of a plan year, narrowed to
/// one department and/or one plan task. A department user's scope is always their own department.
/// </summary>
/// <param name="Year">The plan year.</param>
/// <param name="DepartmentId">Only this department's items, when set.</param>
/// <param name="TaskId">Only the items of this plan task (its progress reports, and records naming the task), when set.</param>
public sealed record ArchiveScope(int Year, int? DepartmentId = null, int? TaskId = null);

/// <summary>Where a package's build stands.</summary>
public enum ArchivePackageStatus
{
    /// <summary>Waiting for the background job.</summary>
    Queued = 0,
    /// <summary>Being written.</summary>
    Building = 1,
    /// <summary>Finished: the file can be downloaded and its items are archived.</summary>
    Succeeded = 2,
    /// <summary>Stopped with an error; nothing was archived.</summary>
    Failed = 3,
}

/// <summary>One package as the admin lists it.</summary>
/// <param name="Id">The package's id (also its file name's stem).</param>
/// <param name="Scope">What it holds.</param>
/// <param name="ScopeLabel">The scope in words (2023年度 · 农业农村局 · 任务2).</param>
/// <param name="Status">Where its build stands.</param>
/// <param name="ItemsDone">Items written so far.</param>
/// <param name="ItemsTotal">Items in scope when the build started.</param>
/// <param name="Error">Why the build failed.</param>
/// <param name="RequestedBy">Who asked for it.</param>
/// <param name="RequestedUtc">When it was asked for.</param>
/// <param name="FinishedUtc">When the build ended.</param>
/// <param name="Length">Size of the ZIP in bytes, once built.</param>
public sealed record ArchivePackageInfo(
    string Id, ArchiveScope Scope, string ScopeLabel, ArchivePackageStatus Status, int ItemsDone, int ItemsTotal,
    string? Error, string RequestedBy, DateTime RequestedUtc, DateTime? FinishedUtc, long Length)
{
    /// <summary>0–100.</summary>
    public int Percent => Status == ArchivePackageStatus.Succeeded ? 100
        : ItemsTotal == 0 ? 0 : Math.Min(99, 100 * ItemsDone / ItemsTotal);

    /// <summary>The download's file name.</summary>
    public string FileName => $"档案包-{Id}.zip";
}

/// <summary>An item included in a finished package: it can no longer change.</summary>
/// <param name="ContentItemId">The item.</param>
/// <param name="PackageId">The first package that archived it.</param>
/// <param name="ItemNumber">Its 件号 in that package.</param>
/// <param name="ArchivedUtc">When the package was finished.</param>
public sealed record ArchiveMark(string ContentItemId, string PackageId, string ItemNumber, DateTime ArchivedUtc);
