using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jingyuan.Cms.Data;

/// <summary>
/// A secret of the personal-data machinery, stored protected by ASP.NET Core Data Protection
/// (so a copy of the database alone does not give it away). Today: the key of the index HMAC.
/// </summary>
public sealed class PersonalDataKeyRecord
{
    public string Id { get; set; } = "";
    public string ProtectedKey { get; set; } = "";
    public DateTime CreatedUtc { get; set; }
}

internal sealed class PersonalDataKeyMapping : IEntityTypeConfiguration<PersonalDataKeyRecord>
{
    public void Configure(EntityTypeBuilder<PersonalDataKeyRecord> e)
    {
        e.ToTable("PersonalDataKeys");
        e.HasKey(x => x.Id);
        e.Property(x => x.Id).HasMaxLength(64);
    }
}
