using Jingyuan.Cms.Security;

namespace Jingyuan.Cms.Archive;

/// <summary>
/// Rights over archive packages. <see cref="BuildOwnArchive"/> limits a user to packages of their own
/// department; <see cref="BuildAllArchives"/> (the coordinating office) builds and downloads any scope.
/// Declared here because the host's package service checks them; the 档案 module offers them.
/// </summary>
public static class ArchivePermissions
{
    /// <summary>Build and download packages of the user's own department.</summary>
    public static readonly Permission BuildOwnArchive = new("BuildOwnArchive", "生成与下载本单位档案包", "档案");
    /// <summary>Build and download packages of any department, year or task.</summary>
    public static readonly Permission BuildAllArchives = new("BuildAllArchives", "生成与下载所有单位的档案包", "档案");

    /// <summary>Both permissions.</summary>
    public static readonly IReadOnlyList<Permission> All = [BuildOwnArchive, BuildAllArchives];
}
