using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jingyuan.Cms.Data;

/// <summary>A rule an administrator defined for a target key (<c>AdminTargetRules</c>), the rule as JSON.</summary>
public sealed class AdminTargetRuleRecord
{
    public long Id { get; set; }
    public string TargetKey { get; set; } = "";
    public string RuleJson { get; set; } = "{}";
    public DateTime ChangedUtc { get; set; }
    public string ChangedBy { get; set; } = "";
}

public sealed class AdminTargetRuleConfiguration : IEntityTypeConfiguration<AdminTargetRuleRecord>
{
    public void Configure(EntityTypeBuilder<AdminTargetRuleRecord> e)
    {
        e.ToTable("AdminTargetRules").HasKey(x => x.Id);
        e.Property(x => x.TargetKey).HasMaxLength(100);
        e.Property(x => x.ChangedBy).HasMaxLength(256);
        e.HasIndex(x => x.TargetKey).IsUnique();
    }
}
