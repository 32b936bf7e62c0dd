using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jingyuan.Cms.Departments;

internal sealed class DepartmentMapping : IEntityTypeConfiguration<Department>
{
    public void Configure(EntityTypeBuilder<Department> e)
    {
        e.ToTable("Departments");
        e.Property(x => x.Name).HasMaxLength(100);
        e.Property(x => x.Aliases).HasMaxLength(400);
        e.HasIndex(x => x.Name).IsUnique();
    }
}
