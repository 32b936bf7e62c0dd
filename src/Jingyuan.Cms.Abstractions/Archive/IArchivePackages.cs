namespace Jingyuan.Cms.Archive;

/// <summary>
/// Archive packages (档案包) for the current user: asking for one queues a background build; every call
/// checks <see cref="ArchivePermissions"/> and the department scope and is audited where it acts.
/// </summary>
public interface IArchivePackages
{
    /// <summary>
    /// Queues a package. A user without <see cref="ArchivePermissions.BuildAllArchives"/> gets their own
    /// department's scope whatever <paramref name="scope"/> names. Throws <see cref="ArchiveForbiddenException"/>
    /// without a right, <see cref="ArchiveScopeException"/> for a year or task that does not exist.
    /// </summary>
    Task<ArchivePackageInfo> RequestAsync(ArchiveScope scope);

    /// <summary>Packages the user may see, newest first, <paramref name="pageSize"/> after the id <paramref name="before"/>.</summary>
    Task<IReadOnlyList<ArchivePackageInfo>> ListAsync(string? before = null, int pageSize = 20);

    /// <summary>The package, or null when it does not exist or is outside the user's scope.</summary>
    Task<ArchivePackageInfo?> GetAsync(string packageId);

    /// <summary>The finished ZIP for download (audited), or null when missing, unfinished or outside the user's scope.</summary>
    Task<Stream?> OpenAsync(string packageId);

    /// <summary>The archive mark of an item, or null when no finished package holds it.</summary>
    Task<ArchiveMark?> MarkOfAsync(string contentItemId);
}

/// <summary>The user may not build or download this package; the message says why.</summary>
public sealed class ArchiveForbiddenException(string message) : Exception(message);

/// <summary>The scope names a year or task that does not exist; the message names it.</summary>
public sealed class ArchiveScopeException(string message) : Exception(message);
