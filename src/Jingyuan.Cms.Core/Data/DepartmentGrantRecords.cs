using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jingyuan.Cms.Data;

/// <summary>
/// An administrator's adjustment of one department's per-type right (<see cref="Security.RecordTypePermissions"/>):
/// granted or withdrawn, overriding the default derived from the plan. No row: the default applies.
/// </summary>
public sealed class DepartmentGrantRecord
{
    public int DepartmentId { get; set; }
    public string Permission { get; set; } = "";
    public bool Granted { get; set; }
    public string ChangedBy { get; set; } = "";
    public DateTime ChangedUtc { get; set; }
}

internal sealed class DepartmentGrantMapping : IEntityTypeConfiguration<DepartmentGrantRecord>
{
    public void Configure(EntityTypeBuilder<DepartmentGrantRecord> e)
    {
        e.ToTable("DepartmentGrants");
        e.HasKey(x => new { x.DepartmentId, x.Permission });
        e.Property(x => x.Permission).HasMaxLength(300);
        e.Property(x => x.ChangedBy).HasMaxLength(256);
    }
}
