using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jingyuan.Cms.Data;

/// <summary>A signed-in session: the cookie carries only <see cref="Id"/>; the ticket stays here,
/// so deleting the row ends the session at once.</summary>
public sealed class AuthSessionRecord
{
    public string Id { get; set; } = "";
    public string UserId { get; set; } = "";
    public byte[] Ticket { get; set; } = [];
    public DateTime CreatedUtc { get; set; }
    public DateTime LastSeenUtc { get; set; }
    /// <summary>The idle expiry, slid forward as the session is used.</summary>
    public DateTime? ExpiresUtc { get; set; }
    /// <summary>Sign-in time plus the absolute lifetime; no renewal moves it.</summary>
    public DateTime AbsoluteExpiresUtc { get; set; }
    public string? RemoteAddress { get; set; }
    public string? UserAgent { get; set; }
}

public sealed class AuthSessionRecordConfiguration : IEntityTypeConfiguration<AuthSessionRecord>
{
    public const int UserAgentLength = 256;

    public void Configure(EntityTypeBuilder<AuthSessionRecord> builder)
    {
        builder.ToTable("AuthSessions");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).HasMaxLength(64);
        builder.Property(s => s.UserId).HasMaxLength(450).IsRequired();
        builder.Property(s => s.RemoteAddress).HasMaxLength(64);
        builder.Property(s => s.UserAgent).HasMaxLength(UserAgentLength);
        builder.HasIndex(s => s.UserId);
        builder.HasIndex(s => s.AbsoluteExpiresUtc);
    }
}
