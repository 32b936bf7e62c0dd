namespace Jingyuan.Cms.Data;

public sealed class ContentTypeRecord
{
    public string Name { get; set; } = "";
    public string DefinitionJson { get; set; } = "{}";
}

public sealed class ContentPartRecord
{
    public string Name { get; set; } = "";
    public string DefinitionJson { get; set; } = "{}";
}

/// <summary>A module's enabled flag, as the administrator chose it.</summary>
public sealed class ModuleStateRecord
{
    public string ModuleId { get; set; } = "";
    public bool Enabled { get; set; }
    public DateTime ChangedUtc { get; set; }
}

/// <summary>Append-only; the context refuses to update or delete these rows.</summary>
public sealed class AuditEventRecord
{
    public long Id { get; set; }
    public DateTime OccurredUtc { get; set; }
    public string EventName { get; set; } = "";
    public string UserName { get; set; } = "";
    public string? RemoteAddress { get; set; }
    public string Summary { get; set; } = "";
    public string? ContentItemId { get; set; }
    public string? ContentType { get; set; }
    public int? DepartmentId { get; set; }
    public string? Diff { get; set; }
    /// <summary>Position in the hash chain (1, 2, ...); a gap means a removed row. See <c>AuditChain</c>.</summary>
    public long? Sequence { get; set; }
    /// <summary>SHA-256 of the previous row's hash and this row's canonical content, hex.</summary>
    public string? Hash { get; set; }
}

public sealed class IndexingTaskRecord
{
    public long Id { get; set; }
    public string ContentItemId { get; set; } = "";
    public int Type { get; set; }
    public DateTime CreatedUtc { get; set; }
}

public sealed class MediaFileRecord
{
    public string Id { get; set; } = "";
    public string FileName { get; set; } = "";
    public string ContentType { get; set; } = "";
    public long Length { get; set; }
    public string StoragePath { get; set; } = "";
    public string UploadedBy { get; set; } = "";
    public DateTime UploadedUtc { get; set; }
}

/// <summary>The step a data migration class has reached (one row per class, like Orchard's).</summary>
public sealed class DataMigrationRecord
{
    public string MigrationClass { get; set; } = "";
    public string ModuleId { get; set; } = "";
    public int Version { get; set; }
}
