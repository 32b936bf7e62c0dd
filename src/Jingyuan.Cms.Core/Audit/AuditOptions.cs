using Microsoft.Extensions.Configuration;

namespace Jingyuan.Cms.Audit;

/// <summary>The <c>Audit</c> configuration section.</summary>
public sealed class AuditOptions
{
    /// <summary>等保2.0 asks for at least six months of logs.</summary>
    public const int MinimumRetentionDays = 180;

    /// <summary>Rows older than this are archived to a file, then removed from the table.</summary>
    public int RetentionDays { get; set; } = MinimumRetentionDays;
    /// <summary>How often a node archives on its own; 0 leaves it to the <c>archive-audit</c> verb.</summary>
    public int ArchiveIntervalHours { get; set; } = 24;

    /// <summary>Reads the section and refuses a retention below the minimum, so a wrong setting stops the start.</summary>
    public static AuditOptions FromConfiguration(IConfiguration configuration)
    {
        var options = new AuditOptions();
        configuration.GetSection("Audit").Bind(options);
        if (options.RetentionDays < MinimumRetentionDays)
            throw new InvalidOperationException(
                $"配置 Audit:RetentionDays 为 {options.RetentionDays} 天，低于最低要求：审计日志至少保留 {MinimumRetentionDays} 天。请改为 {MinimumRetentionDays} 或更大的值后再启动。");
        if (options.ArchiveIntervalHours < 0)
            throw new InvalidOperationException("配置 Audit:ArchiveIntervalHours 不能为负数（0 表示不自动归档）。");
        return options;
    }
}
