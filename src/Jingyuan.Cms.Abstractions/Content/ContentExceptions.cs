namespace Jingyuan.Cms.Content;

/// <summary>A save based on a stale version: someone else saved since the editor opened it.</summary>
public sealed class ContentConcurrencyException(string modifiedBy, DateTime modifiedUtc)
    : Exception($"Content was changed by {modifiedBy} at {modifiedUtc:u}.")
{
    public string ModifiedBy { get; } = modifiedBy;
    public DateTime ModifiedUtc { get; } = modifiedUtc;
}

/// <summary>Invalid field values; keys are field names ("" for the whole item).</summary>
public sealed class ContentValidationException(IReadOnlyDictionary<string, string[]> errors)
    : Exception("Content is invalid: " + string.Join("; ", errors.Select(e => $"{e.Key}: {string.Join(", ", e.Value)}")))
{
    public IReadOnlyDictionary<string, string[]> Errors { get; } = errors;
}

/// <summary>An action that the item's current state does not allow (e.g. publishing a draft twice).</summary>
public sealed class ContentStateException(string message) : Exception(message);
