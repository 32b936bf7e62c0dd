using Jingyuan.Cms.People;

namespace Jingyuan.Cms.Modules.SocialSecurity.Models;

/// <summary>养老保险关系转移 (task 20): a pensioner's insurance moved with the household registration.</summary>
public sealed class PensionTransfer : PersonRecord
{
    public string? FromPlace { get; set; }
    public string? ToPlace { get; set; }
    public DateOnly? TransferDate { get; set; }
    public string? Status { get; set; }

    public static readonly IReadOnlyList<string> Statuses = ["办理中", "已完成"];
}
