using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jingyuan.Cms.Data;

internal sealed class ContentItemMapping : IEntityTypeConfiguration<ContentItemRecord>
{
    public void Configure(EntityTypeBuilder<ContentItemRecord> e)
    {
        e.ToTable("ContentItems");
        e.Property(x => x.ContentItemId).HasMaxLength(32);
        e.Property(x => x.ContentType).HasMaxLength(100);
        e.Property(x => x.DisplayText).HasMaxLength(500);
        e.Property(x => x.Owner).HasMaxLength(256);
        e.Property(x => x.ModifiedBy).HasMaxLength(256);
        e.Property(x => x.ConcurrencyStamp).HasMaxLength(64);
        e.HasIndex(x => x.ContentItemId);
        e.HasIndex(x => new { x.ContentType, x.Latest, x.Deleted, x.ModifiedUtc });
        e.HasIndex(x => new { x.ContentType, x.Published, x.Deleted, x.PublishedUtc });
        e.HasIndex(x => new { x.DepartmentId, x.Latest });
        e.HasIndex(x => new { x.Year, x.ContentType });
        e.HasMany(x => x.FieldIndex).WithOne().HasForeignKey(x => x.VersionId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ContentFieldIndexMapping : IEntityTypeConfiguration<ContentFieldIndexRecord>
{
    public void Configure(EntityTypeBuilder<ContentFieldIndexRecord> e)
    {
        e.ToTable("ContentFieldIndex");
        e.Property(x => x.FieldName).HasMaxLength(100);
        e.Property(x => x.TextValue).HasMaxLength(400);
        e.HasIndex(x => new { x.FieldName, x.TextValue });
        e.HasIndex(x => new { x.FieldName, x.NumberValue });
        e.HasIndex(x => new { x.FieldName, x.DateValue });
    }
}

internal sealed class SystemMappings :
    IEntityTypeConfiguration<ContentTypeRecord>, IEntityTypeConfiguration<ContentPartRecord>,
    IEntityTypeConfiguration<ModuleStateRecord>, IEntityTypeConfiguration<AuditEventRecord>,
    IEntityTypeConfiguration<IndexingTaskRecord>, IEntityTypeConfiguration<MediaFileRecord>,
    IEntityTypeConfiguration<DataMigrationRecord>
{
    public void Configure(EntityTypeBuilder<ContentTypeRecord> e)
    {
        e.ToTable("ContentTypes").HasKey(x => x.Name);
        e.Property(x => x.Name).HasMaxLength(100);
    }

    public void Configure(EntityTypeBuilder<ContentPartRecord> e)
    {
        e.ToTable("ContentParts").HasKey(x => x.Name);
        e.Property(x => x.Name).HasMaxLength(100);
    }

    public void Configure(EntityTypeBuilder<ModuleStateRecord> e)
    {
        e.ToTable("ModuleStates").HasKey(x => x.ModuleId);
        e.Property(x => x.ModuleId).HasMaxLength(100);
    }

    public void Configure(EntityTypeBuilder<AuditEventRecord> e)
    {
        e.ToTable("AuditEvents");
        e.Property(x => x.EventName).HasMaxLength(64);
        e.Property(x => x.UserName).HasMaxLength(256);
        e.Property(x => x.RemoteAddress).HasMaxLength(64);
        e.Property(x => x.ContentItemId).HasMaxLength(32);
        e.HasIndex(x => x.OccurredUtc);
        e.HasIndex(x => new { x.UserName, x.OccurredUtc });
        e.HasIndex(x => new { x.ContentItemId, x.OccurredUtc });
        // Added in the second migration: the audit page filters by event and department.
        e.HasIndex(x => new { x.EventName, x.OccurredUtc });
        e.HasIndex(x => new { x.DepartmentId, x.OccurredUtc });
    }

    public void Configure(EntityTypeBuilder<IndexingTaskRecord> e)
    {
        e.ToTable("IndexingTasks");
        e.Property(x => x.ContentItemId).HasMaxLength(32);
    }

    public void Configure(EntityTypeBuilder<MediaFileRecord> e)
    {
        e.ToTable("MediaFiles").HasKey(x => x.Id);
        e.Property(x => x.Id).HasMaxLength(32);
        e.Property(x => x.FileName).HasMaxLength(260);
        e.Property(x => x.ContentType).HasMaxLength(100);
    }

    public void Configure(EntityTypeBuilder<DataMigrationRecord> e)
    {
        e.ToTable("DataMigrations").HasKey(x => x.MigrationClass);
        e.Property(x => x.MigrationClass).HasMaxLength(300);
        e.Property(x => x.ModuleId).HasMaxLength(100);
    }
}
