using Jingyuan.Cms.Assessment;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jingyuan.Cms.Data;

/// <summary>One indicator of a year's 考核 scheme.</summary>
public sealed class AssessmentSchemeRecord
{
    public int Id { get; set; }
    public int Year { get; set; }
    public int Position { get; set; }
    public string IndicatorKey { get; set; } = "";
    public decimal Weight { get; set; }
    public AssessmentAppliesTo AppliesTo { get; set; }
}

/// <summary>A 考核 round: its computed results as JSON; once frozen, with their SHA-256, never written again.</summary>
public sealed class AssessmentRoundRecord
{
    public int Id { get; set; }
    public int Year { get; set; }
    public string Label { get; set; } = "";
    public AssessmentRoundStatus Status { get; set; }
    public DateTime ComputedUtc { get; set; }
    public string ComputedBy { get; set; } = "";
    /// <summary>The indicators' results as they were when computed (units, attainments, facts).</summary>
    public string IndicatorResultsJson { get; set; } = "[]";
    /// <summary>The scheme the round was computed with.</summary>
    public string SchemeJson { get; set; } = "[]";
    public string AdjustmentsJson { get; set; } = "[]";
    public DateTime? FrozenUtc { get; set; }
    public string? FrozenBy { get; set; }
    public string? Sha256 { get; set; }
}

internal sealed class AssessmentSchemeMapping : IEntityTypeConfiguration<AssessmentSchemeRecord>
{
    public void Configure(EntityTypeBuilder<AssessmentSchemeRecord> e)
    {
        e.ToTable("AssessmentSchemes");
        e.Property(x => x.IndicatorKey).HasMaxLength(100);
        e.Property(x => x.Weight).HasPrecision(9, 2);
        e.HasIndex(x => new { x.Year, x.IndicatorKey }).IsUnique();
    }
}

internal sealed class AssessmentRoundMapping : IEntityTypeConfiguration<AssessmentRoundRecord>
{
    public void Configure(EntityTypeBuilder<AssessmentRoundRecord> e)
    {
        e.ToTable("AssessmentRounds");
        e.Property(x => x.Label).HasMaxLength(200);
        e.Property(x => x.ComputedBy).HasMaxLength(256);
        e.Property(x => x.FrozenBy).HasMaxLength(256);
        e.Property(x => x.Sha256).HasMaxLength(64);
        e.HasIndex(x => x.Year);
    }
}
