namespace Jingyuan.Cms.Content;

/// <summary>Settings of a field; each kind reads the ones that apply to it.</summary>
public sealed class FieldSettings
{
    public string? Hint { get; set; }
    public string? Unit { get; set; }
    public decimal? Min { get; set; }
    public decimal? Max { get; set; }
    public int? MaxLength { get; set; }
    /// <summary>Options of Choice / MultiChoice fields.</summary>
    public List<string> Options { get; set; } = [];
    /// <summary>Content type a ContentLink field points to.</summary>
    public string? LinkedContentType { get; set; }
    /// <summary>Allowed file extensions of a Files field, lower case with dot (".jpg").</summary>
    public List<string> AllowedExtensions { get; set; } = [];
    /// <summary>
    /// Kinds of file a Files field accepts, by detected content. Null for fields defined before the
    /// setting existed: <see cref="AcceptedKinds"/> then derives them from <see cref="AllowedExtensions"/>.
    /// </summary>
    public FileKinds? AllowedKinds { get; set; }
    public long MaxFileBytes { get; set; } = 10 * 1024 * 1024;
    public int MaxFiles { get; set; } = 10;
    /// <summary>Queryable in lists: the value is copied into the field index table.</summary>
    public bool Indexed { get; set; }
    /// <summary>
    /// Personal data (ID numbers, phone numbers ...): never shown on a public page,
    /// never put in the search index or a public export.
    /// </summary>
    public bool Personal { get; set; }
    /// <summary>A checked shape of a Text field's value (ID number, phone); checked for every caller.</summary>
    public TextFormat Format { get; set; }

    private static readonly string[] ImageExtensions = [".jpg", ".jpeg", ".png", ".gif", ".webp"];
    private static readonly string[] DocumentExtensions = [".doc", ".docx", ".xls", ".xlsx"];

    /// <summary>The kinds this field accepts: the setting, or for older fields what their extensions name (all when none).</summary>
    public FileKinds AcceptedKinds()
    {
        if (AllowedKinds is { } kinds) return kinds & FileKinds.All;
        if (AllowedExtensions.Count == 0) return FileKinds.All;
        var derived = FileKinds.None;
        if (AllowedExtensions.Any(e => ImageExtensions.Contains(e))) derived |= FileKinds.Images;
        if (AllowedExtensions.Contains(".pdf")) derived |= FileKinds.Pdf;
        if (AllowedExtensions.Any(e => DocumentExtensions.Contains(e))) derived |= FileKinds.Documents;
        return derived;
    }

    public FieldSettings Clone()
    {
        var copy = (FieldSettings)MemberwiseClone();
        copy.Options = [.. Options];
        copy.AllowedExtensions = [.. AllowedExtensions];
        return copy;
    }
}

/// <summary>Shapes a Text field's value must have; see <c>ContentFieldValidator</c>.</summary>
public enum TextFormat { None, ChineseIdNumber, Phone }
