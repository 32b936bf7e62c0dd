using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jingyuan.Cms.Data;

/// <summary>
/// One cell of a people ledger's public tally for a plan year (<c>PublicTallyStore</c>): distinct persons of
/// a township, a site or the county, in one category or all. Written when the ledger's published records
/// change, so a public page reads aggregates in one query and never the ledger's personal fields.
/// </summary>
public sealed class PublicTallyRecord
{
    public long Id { get; set; }
    public int Year { get; set; }
    /// <summary><c>PublicTally.Key</c>: the content type and the tally's title.</summary>
    public string TallyKey { get; set; } = "";
    /// <summary>Empty on the county's row.</summary>
    public string Township { get; set; } = "";
    /// <summary>The resettlement site of a site row; null on township and county rows.</summary>
    public int? SiteId { get; set; }
    /// <summary>The site's name (village), or empty on township and county rows.</summary>
    public string Place { get; set; } = "";
    /// <summary>An option of the tally's count field; empty for all persons of the row.</summary>
    public string Category { get; set; } = "";
    /// <summary>Distinct persons.</summary>
    public int Persons { get; set; }
    /// <summary>Of them, persons whose share field is yes (0 when the tally has no share).</summary>
    public int Positive { get; set; }
    /// <summary>Hash of the declaration that computed the row: a changed declaration makes it stale.</summary>
    public string TallyHash { get; set; } = "";
    public DateTime ComputedUtc { get; set; }
}

public sealed class PublicTallyConfiguration : IEntityTypeConfiguration<PublicTallyRecord>
{
    public void Configure(EntityTypeBuilder<PublicTallyRecord> e)
    {
        e.ToTable("PublicTallies").HasKey(x => x.Id);
        e.Property(x => x.TallyKey).HasMaxLength(200);
        e.Property(x => x.Township).HasMaxLength(100);
        e.Property(x => x.Place).HasMaxLength(200);
        e.Property(x => x.Category).HasMaxLength(100);
        e.Property(x => x.TallyHash).HasMaxLength(64);
        e.HasIndex(x => new { x.Year, x.TallyKey });
    }
}
