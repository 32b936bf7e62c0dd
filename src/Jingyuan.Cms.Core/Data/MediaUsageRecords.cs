using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jingyuan.Cms.Data;

/// <summary>
/// One file in one Files field of one content version, written with the version: who may open a file,
/// and whether any version still uses it, are answered by an indexed look-up instead of a scan of
/// every version's JSON.
/// </summary>
public sealed class MediaUsageRecord
{
    public long Id { get; set; }
    public string MediaId { get; set; } = "";
    public long ContentVersionId { get; set; }
    public string FieldName { get; set; } = "";
    /// <summary>The field was marked personal when the version was written.</summary>
    public bool Personal { get; set; }
}

public sealed class MediaUsageConfiguration : IEntityTypeConfiguration<MediaUsageRecord>
{
    public void Configure(EntityTypeBuilder<MediaUsageRecord> e)
    {
        e.ToTable("MediaUsages").HasKey(x => x.Id);
        e.Property(x => x.MediaId).HasMaxLength(32);
        e.Property(x => x.FieldName).HasMaxLength(100);
        e.HasIndex(x => x.MediaId);
        e.HasIndex(x => x.ContentVersionId);
        e.HasOne<ContentItemRecord>().WithMany().HasForeignKey(x => x.ContentVersionId).OnDelete(DeleteBehavior.Cascade);
    }
}
