namespace Jingyuan.Cms.Progress;

/// <summary>Either the saved report or the errors, keyed like the form's inputs ("" for the whole report).</summary>
public sealed record ProgressReportResult(Content.ContentItem? Report, IReadOnlyDictionary<string, string[]> Errors)
{
    public bool Succeeded => Report is not null;
}
