using Jingyuan.Cms.People;

namespace Jingyuan.Cms.Modules.SocialSecurity.Models;

/// <summary>
/// 户籍迁转与居住证 (task 22): a labour migrant's registration moved to the county town (or a residence
/// permit instead); a special status recognised where they came from is kept after the move.
/// </summary>
public sealed class HukouTransfer : PersonRecord
{
    public string? FromPlace { get; set; }
    public string? ToPlace { get; set; }
    public DateOnly? TransferDate { get; set; }
    public string? Status { get; set; }
    public string? SpecialStatus { get; set; }

    public static readonly IReadOnlyList<string> SpecialStatuses = ["无", "重度残疾", "其他"];
}
