using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jingyuan.Cms.Plan;

/// <summary>
/// Tables of the structured plan. Only types both SQLite and PostgreSQL map natively:
/// primitive collections (JSON text / arrays), a JSON complex collection, enums as text.
/// </summary>
internal sealed class PlanMappings :
    IEntityTypeConfiguration<PlanYear>, IEntityTypeConfiguration<PlanChapter>,
    IEntityTypeConfiguration<PlanTask>, IEntityTypeConfiguration<PlanTarget>
{
    public void Configure(EntityTypeBuilder<PlanYear> e)
    {
        e.ToTable("PlanYears");
        e.HasIndex(x => x.Year).IsUnique();
        e.Property(x => x.Title).HasMaxLength(PlanRules.TitleMaxLength);
        e.Property(x => x.IssuedBy).HasMaxLength(PlanRules.TitleMaxLength);
        e.Property(x => x.DocumentNumber).HasMaxLength(PlanRules.NameMaxLength);
        // Safeguards are prose read and written with the year, never queried alone.
        e.ComplexCollection(x => x.Safeguards, s => s.ToJson());
        e.HasMany(x => x.Chapters).WithOne().HasForeignKey(x => x.PlanYearId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<PlanChapter> e)
    {
        e.ToTable("PlanChapters");
        e.HasIndex(x => new { x.PlanYearId, x.Number }).IsUnique();
        e.Property(x => x.Title).HasMaxLength(PlanRules.TitleMaxLength);
        e.Property(x => x.ModuleId).HasMaxLength(100);
        e.HasMany(x => x.Tasks).WithOne().HasForeignKey(x => x.ChapterId).OnDelete(DeleteBehavior.Cascade);
        e.HasMany(x => x.Targets).WithOne().HasForeignKey(x => x.ChapterId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<PlanTask> e)
    {
        e.ToTable("PlanTasks");
        // Task numbers run through the whole year (1-29); uniqueness per year is checked by the services.
        e.HasIndex(x => new { x.ChapterId, x.Number }).IsUnique();
        e.Property(x => x.Title).HasMaxLength(PlanRules.TitleMaxLength);
        e.PrimitiveCollection(x => x.LeadUnitIds);
        e.PrimitiveCollection(x => x.ResponsibleUnitIds);
        e.PrimitiveCollection(x => x.Places);
        e.HasMany(x => x.Targets).WithOne().HasForeignKey(x => x.TaskId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<PlanTarget> e)
    {
        e.ToTable("PlanTargets", t => t.HasCheckConstraint(
            "CK_PlanTargets_OneOwner", "(\"ChapterId\" IS NULL) <> (\"TaskId\" IS NULL)"));
        // The year is a shadow column so keys can be unique per year without changing the contract.
        e.Property<int>(PlanTargetYear.Column);
        e.HasOne<PlanYear>().WithMany().HasForeignKey(PlanTargetYear.Column).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(PlanTargetYear.Column, nameof(PlanTarget.Key)).IsUnique();
        e.Property(x => x.Key).HasMaxLength(PlanRules.KeyMaxLength);
        e.Property(x => x.Description).HasMaxLength(PlanRules.DescriptionMaxLength);
        e.Property(x => x.Unit).HasMaxLength(PlanRules.UnitMaxLength);
        e.Property(x => x.TargetValue).HasPrecision(18, 4);
        e.Property(x => x.Comparison).HasConversion<string>().HasMaxLength(16);
        e.Property(x => x.Source).HasConversion<string>().HasMaxLength(16);
        e.Property(x => x.Cadence).HasConversion<string>().HasMaxLength(16);
    }
}

internal sealed class SiteMappings : IEntityTypeConfiguration<ResettlementSite>, IEntityTypeConfiguration<SiteLeader>
{
    public void Configure(EntityTypeBuilder<ResettlementSite> e)
    {
        e.ToTable("ResettlementSites");
        e.HasIndex(x => x.Name).IsUnique();
        e.Property(x => x.Name).HasMaxLength(PlanRules.NameMaxLength);
        e.Property(x => x.Township).HasMaxLength(PlanRules.NameMaxLength);
        e.Property(x => x.Village).HasMaxLength(PlanRules.NameMaxLength);
        e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(16);
        e.Property(x => x.Notes).HasMaxLength(PlanRules.NotesMaxLength);
        e.HasMany(x => x.Leaders).WithOne().HasForeignKey(x => x.SiteId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<SiteLeader> e)
    {
        e.ToTable("SiteLeaders");
        e.HasIndex(x => new { x.SiteId, x.Year });
        e.Property(x => x.Name).HasMaxLength(PlanRules.NameMaxLength);
        e.Property(x => x.Position).HasMaxLength(PlanRules.TitleMaxLength);
        e.Property(x => x.Level).HasConversion<string>().HasMaxLength(16);
    }
}
