using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jingyuan.Cms.Data;

/// <summary>
/// The one row holding the chain's last sequence and hash. Every audit write updates it first, which
/// serialises writers on every provider (SQLite's write lock, a PostgreSQL row lock held to commit)
/// and lets verification notice rows removed from the end.
/// </summary>
public sealed class AuditChainHeadRecord
{
    public int Id { get; set; }
    public long Sequence { get; set; }
    public string Hash { get; set; } = "";
}

/// <summary>An archived range of the chain: the file it went to and the hashes it starts from and ends with.</summary>
public sealed class AuditArchiveRecord
{
    public int Id { get; set; }
    public long FromSequence { get; set; }
    public long ThroughSequence { get; set; }
    /// <summary>The hash the range's first row was chained to ("" for the first range of the chain).</summary>
    public string PreviousHash { get; set; } = "";
    public string LastHash { get; set; } = "";
    public string FileName { get; set; } = "";
    public string FileSha256 { get; set; } = "";
    public DateTime FirstOccurredUtc { get; set; }
    public DateTime LastOccurredUtc { get; set; }
    public DateTime ArchivedUtc { get; set; }
}

internal sealed class AuditChainMappings :
    IEntityTypeConfiguration<AuditChainHeadRecord>, IEntityTypeConfiguration<AuditArchiveRecord>
{
    public const int HeadId = 1;

    public void Configure(EntityTypeBuilder<AuditChainHeadRecord> e)
    {
        e.ToTable("AuditChainHead");
        e.Property(x => x.Id).ValueGeneratedNever();
        e.Property(x => x.Hash).HasMaxLength(64);
        e.HasData(new AuditChainHeadRecord { Id = HeadId, Sequence = 0, Hash = "" });
    }

    public void Configure(EntityTypeBuilder<AuditArchiveRecord> e)
    {
        e.ToTable("AuditArchives");
        e.Property(x => x.PreviousHash).HasMaxLength(64);
        e.Property(x => x.LastHash).HasMaxLength(64);
        e.Property(x => x.FileSha256).HasMaxLength(64);
        e.Property(x => x.FileName).HasMaxLength(200);
        e.HasIndex(x => x.FromSequence).IsUnique();
    }
}

/// <summary>The chain columns of audit rows (the rest of the mapping is in ContentMappings).</summary>
internal sealed class AuditEventChainMapping : IEntityTypeConfiguration<AuditEventRecord>
{
    public void Configure(EntityTypeBuilder<AuditEventRecord> e)
    {
        e.Property(x => x.Hash).HasMaxLength(64);
        e.HasIndex(x => x.Sequence).IsUnique();
    }
}
