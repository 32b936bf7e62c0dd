namespace Jingyuan.Cms.Modules.Supervision.Models;

/// <summary>What the coordinating office enters for a 督查轮次.</summary>
public sealed class RoundDraft
{
    public DateOnly? HeldOn { get; set; }
    public string Inspectors { get; set; } = "";
    /// <summary>The units (departments) inspected.</summary>
    public List<int> UnitIds { get; set; } = [];
    public string? Summary { get; set; }
}

/// <summary>What the visit form posts: the site, a leader row of that site and year (by id), the day and the findings.</summary>
public sealed class VisitDraft
{
    public int? SiteId { get; set; }
    public int? LeaderId { get; set; }
    public DateOnly? VisitedOn { get; set; }
    public string Findings { get; set; } = "";
}
