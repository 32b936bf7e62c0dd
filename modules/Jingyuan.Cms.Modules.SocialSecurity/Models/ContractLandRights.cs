using Jingyuan.Cms.People;

namespace Jingyuan.Cms.Modules.SocialSecurity.Models;

/// <summary>原籍承包地权益 (task 22): a household's contracted land at its place of origin (the person is its head).</summary>
public sealed class ContractLandRights : PersonRecord
{
    public decimal? AreaMu { get; set; }
    public bool? RightsConfirmed { get; set; }
}
