using Jingyuan.Cms.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jingyuan.Cms.Data;

/// <summary>A day of the holiday calendar: a 法定节假日 off or a 调休上班 working day. Other days follow Mon–Fri.</summary>
public sealed class SpecialDayRecord
{
    public DateOnly Date { get; set; }
    public SpecialDayKind Kind { get; set; }
    public string Name { get; set; } = "";
    public string ChangedBy { get; set; } = "";
    public DateTime ChangedUtc { get; set; }
}

internal sealed class SpecialDayMapping : IEntityTypeConfiguration<SpecialDayRecord>
{
    public void Configure(EntityTypeBuilder<SpecialDayRecord> e)
    {
        e.ToTable("SpecialDays");
        e.HasKey(x => x.Date);
        e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
        e.Property(x => x.Name).HasMaxLength(50);
        e.Property(x => x.ChangedBy).HasMaxLength(256);
    }
}
