namespace Jingyuan.Cms.Content;

public enum FieldKind
{
    Text,
    LongText,
    /// <summary>Rich text, sanitized on save.</summary>
    Html,
    /// <summary>Decimal with unit and optional min/max.</summary>
    Number,
    Date,
    Boolean,
    Choice,
    MultiChoice,
    /// <summary>Id of another content item.</summary>
    ContentLink,
    /// <summary>Id of a department.</summary>
    Department,
    /// <summary>Id of a resettlement site / village.</summary>
    Site,
    /// <summary>Uploaded photos and documents.</summary>
    Files,
}
