namespace Jingyuan.Cms.Content;

/// <summary>Review state of one version of a content item.</summary>
public enum ContentStatus
{
    Draft = 0,
    /// <summary>Sent by a department for review.</summary>
    Submitted = 1,
    /// <summary>Sent back by the reviewer with a reason; editable again.</summary>
    Rejected = 2,
    Published = 3,
    /// <summary>Was published, now superseded or withdrawn; kept in history.</summary>
    Archived = 4,
}
