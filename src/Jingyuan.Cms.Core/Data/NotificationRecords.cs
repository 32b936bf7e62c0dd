using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jingyuan.Cms.Data;

/// <summary>A reminder as posted to a department: its key is stored once for all time (unique index).</summary>
public sealed class NotificationRecord
{
    public long Id { get; set; }
    public string Key { get; set; } = "";
    public int DepartmentId { get; set; }
    public string Subject { get; set; } = "";
    public string Body { get; set; } = "";
    public string? Url { get; set; }
    /// <summary>Also shown to and mailed to the coordinating office.</summary>
    public bool Escalated { get; set; }
    public DateTime CreatedUtc { get; set; }
    public List<MailOutboxRecord> Mails { get; set; } = [];
}

/// <summary>A user has read a notification; absent means unread.</summary>
public sealed class NotificationReadRecord
{
    public long NotificationId { get; set; }
    public string UserId { get; set; } = "";
    public DateTime ReadUtc { get; set; }
}

public enum MailState { Pending = 0, Sent = 1, Failed = 2 }

/// <summary>
/// One e-mail to one address, queued with its notification in the same transaction. A sender claims a row
/// (ClaimedUntilUtc, a lease) before sending, so two nodes never send it both; a crashed node's lease runs out.
/// </summary>
public sealed class MailOutboxRecord
{
    public long Id { get; set; }
    public long NotificationId { get; set; }
    public string To { get; set; } = "";
    public string Subject { get; set; } = "";
    public string Body { get; set; } = "";
    public MailState State { get; set; }
    public int Attempts { get; set; }
    public DateTime NextAttemptUtc { get; set; }
    public DateTime? ClaimedUntilUtc { get; set; }
    public string? ClaimedBy { get; set; }
    public string? LastError { get; set; }
    public DateTime CreatedUtc { get; set; }
    public DateTime? SentUtc { get; set; }
}

internal sealed class NotificationMapping : IEntityTypeConfiguration<NotificationRecord>
{
    public void Configure(EntityTypeBuilder<NotificationRecord> e)
    {
        e.ToTable("Notifications");
        e.HasKey(x => x.Id);
        e.Property(x => x.Key).HasMaxLength(200);
        e.Property(x => x.Subject).HasMaxLength(300);
        e.Property(x => x.Body).HasMaxLength(4000);
        e.Property(x => x.Url).HasMaxLength(500);
        e.HasIndex(x => x.Key).IsUnique();
        e.HasIndex(x => new { x.DepartmentId, x.Id });
        e.HasIndex(x => new { x.Escalated, x.Id });
        e.HasMany(x => x.Mails).WithOne().HasForeignKey(m => m.NotificationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class NotificationReadMapping : IEntityTypeConfiguration<NotificationReadRecord>
{
    public void Configure(EntityTypeBuilder<NotificationReadRecord> e)
    {
        e.ToTable("NotificationReads");
        e.HasKey(x => new { x.UserId, x.NotificationId });
        e.Property(x => x.UserId).HasMaxLength(450);
        e.HasOne<NotificationRecord>().WithMany().HasForeignKey(x => x.NotificationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class MailOutboxMapping : IEntityTypeConfiguration<MailOutboxRecord>
{
    public void Configure(EntityTypeBuilder<MailOutboxRecord> e)
    {
        e.ToTable("MailOutbox");
        e.HasKey(x => x.Id);
        e.Property(x => x.To).HasMaxLength(256);
        e.Property(x => x.Subject).HasMaxLength(300);
        e.Property(x => x.Body).HasMaxLength(4000);
        e.Property(x => x.ClaimedBy).HasMaxLength(300);
        e.Property(x => x.LastError).HasMaxLength(1000);
        e.HasIndex(x => new { x.NotificationId, x.To }).IsUnique();
        e.HasIndex(x => new { x.State, x.NextAttemptUtc });
    }
}
