using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jingyuan.Cms.Data;

/// <summary>
/// A computed target's figure for one plan year, written when the records it reads change
/// (<c>TargetFigureStore</c>), so pages read a year's figures in one query instead of computing them.
/// </summary>
public sealed class TargetFigureRecord
{
    public long Id { get; set; }
    public int Year { get; set; }
    public string TargetKey { get; set; } = "";
    public decimal Value { get; set; }
    public int RecordCount { get; set; }
    /// <summary>The generated (or overriding) explanation, in words.</summary>
    public string Explanation { get; set; } = "";
    /// <summary>Ids of up to 50 records behind the figure, space-separated.</summary>
    public string SourceIds { get; set; } = "";
    public DateTime ComputedUtc { get; set; }
    /// <summary>Hash of the rule that computed the figure: a changed rule makes it stale.</summary>
    public string RuleHash { get; set; } = "";
}

public sealed class TargetFigureConfiguration : IEntityTypeConfiguration<TargetFigureRecord>
{
    public void Configure(EntityTypeBuilder<TargetFigureRecord> e)
    {
        e.ToTable("TargetFigures").HasKey(x => x.Id);
        e.Property(x => x.TargetKey).HasMaxLength(100);
        e.Property(x => x.RuleHash).HasMaxLength(64);
        e.Property(x => x.Value).HasPrecision(18, 4);
        e.HasIndex(x => new { x.Year, x.TargetKey }).IsUnique();
    }
}
