using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jingyuan.Cms.Data;

public enum SpreadsheetImportState { Queued = 0, Validating = 1, Writing = 2, Succeeded = 3, Failed = 4 }

/// <summary>
/// A long Excel import running in the background: the page polls it for the progress bar, and a
/// node that restarts marks its unfinished jobs failed (nothing of them was written).
/// </summary>
public sealed class SpreadsheetImportJobRecord
{
    public string Id { get; set; } = "";
    public string ContentType { get; set; } = "";
    public string FileName { get; set; } = "";
    public string UserId { get; set; } = "";
    public string UserName { get; set; } = "";
    public string? RemoteAddress { get; set; }
    public int? DepartmentId { get; set; }
    public bool Submit { get; set; }
    public SpreadsheetImportState State { get; set; }
    public int TotalRows { get; set; }
    public int ValidatedRows { get; set; }
    public int ImportedRows { get; set; }
    public string? Message { get; set; }
    /// <summary>The refused rows' errors (row, column, message) as JSON, at most <c>MaxStoredErrors</c>.</summary>
    public string? ErrorsJson { get; set; }
    public int ErrorCount { get; set; }
    /// <summary>The node running the job: only that node may declare it interrupted.</summary>
    public string Node { get; set; } = "";
    public DateTime CreatedUtc { get; set; }
    public DateTime UpdatedUtc { get; set; }
}

internal sealed class SpreadsheetImportJobMapping : IEntityTypeConfiguration<SpreadsheetImportJobRecord>
{
    public void Configure(EntityTypeBuilder<SpreadsheetImportJobRecord> e)
    {
        e.ToTable("SpreadsheetImportJobs");
        e.HasKey(x => x.Id);
        e.Property(x => x.Id).HasMaxLength(32);
        e.Property(x => x.ContentType).HasMaxLength(100);
        e.Property(x => x.FileName).HasMaxLength(260);
        e.Property(x => x.UserId).HasMaxLength(450);
        e.Property(x => x.UserName).HasMaxLength(256);
        e.Property(x => x.RemoteAddress).HasMaxLength(64);
        e.Property(x => x.Message).HasMaxLength(2000);
        e.Property(x => x.Node).HasMaxLength(300);
        e.HasIndex(x => new { x.Node, x.State });
    }
}
