using Jingyuan.Cms.Archive;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jingyuan.Cms.Data;

/// <summary>One archive package and its build job: the admin page polls it for progress.</summary>
public sealed class ArchivePackageRecord
{
    public string Id { get; set; } = "";
    public int Year { get; set; }
    public int? DepartmentId { get; set; }
    public int? TaskId { get; set; }
    public string ScopeLabel { get; set; } = "";
    public ArchivePackageStatus Status { get; set; }
    public int ItemsDone { get; set; }
    public int ItemsTotal { get; set; }
    public string? Error { get; set; }
    public string RequestedBy { get; set; } = "";
    public DateTime RequestedUtc { get; set; }
    public DateTime? StartedUtc { get; set; }
    public DateTime? FinishedUtc { get; set; }
    /// <summary>Path of the ZIP under the data folder, once built.</summary>
    public string? FilePath { get; set; }
    public long Length { get; set; }
    /// <summary>SHA-256 of the whole ZIP, so a file swapped on disk is noticed before download.</summary>
    public string? Sha256 { get; set; }
}

/// <summary>An item held by a finished package: the content engine refuses to change it.</summary>
public sealed class ArchivedItemRecord
{
    public string ContentItemId { get; set; } = "";
    public string PackageId { get; set; } = "";
    public string ItemNumber { get; set; } = "";
    public DateTime ArchivedUtc { get; set; }
}

internal sealed class ArchivePackageMapping : IEntityTypeConfiguration<ArchivePackageRecord>
{
    public void Configure(EntityTypeBuilder<ArchivePackageRecord> e)
    {
        e.ToTable("ArchivePackages");
        e.HasKey(x => x.Id);
        e.Property(x => x.Id).HasMaxLength(32);
        e.Property(x => x.ScopeLabel).HasMaxLength(300);
        e.Property(x => x.Error).HasMaxLength(2000);
        e.Property(x => x.RequestedBy).HasMaxLength(256);
        e.Property(x => x.FilePath).HasMaxLength(500);
        e.Property(x => x.Sha256).HasMaxLength(64);
        e.HasIndex(x => x.Status);
        e.HasIndex(x => x.DepartmentId);
    }
}

internal sealed class ArchivedItemMapping : IEntityTypeConfiguration<ArchivedItemRecord>
{
    public void Configure(EntityTypeBuilder<ArchivedItemRecord> e)
    {
        e.ToTable("ArchivedItems");
        // An item may be in several packages (its task's, then its year's); the first one marks it.
        e.HasKey(x => new { x.ContentItemId, x.PackageId });
        e.Property(x => x.ContentItemId).HasMaxLength(64);
        e.Property(x => x.PackageId).HasMaxLength(32);
        e.Property(x => x.ItemNumber).HasMaxLength(100);
    }
}
