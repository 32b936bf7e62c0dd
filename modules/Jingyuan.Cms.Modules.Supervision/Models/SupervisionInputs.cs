namespace Jingyuan.Cms.Modules.Supervision.Models;

/// <summary>What the coordinating office enters when it raises (立项) an item; stage, steps and author are the server's.</summary>
public sealed class SupervisionDraft
{
    public string Title { get; set; } = "";
    public string Source { get; set; } = SupervisionItemType.FromOther;
    public string Content { get; set; } = "";
    public int? PlanTaskId { get; set; }
    public int? SiteId { get; set; }
    public string? OtherProblem { get; set; }
    public int? LeadUnitId { get; set; }
    public List<int> AssistingUnitIds { get; set; } = [];
    public DateOnly? Deadline { get; set; }
    public string Priority { get; set; } = "一般";
    public string? Note { get; set; }
}

/// <summary>An uploaded evidence file; its bytes are judged by the media store against the evidence field.</summary>
public sealed record EvidenceUpload(string FileName, Stream Content);
