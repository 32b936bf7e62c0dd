using Jingyuan.Cms.Content;
using Jingyuan.Cms.Data;
using Jingyuan.Cms.Security;
using Microsoft.EntityFrameworkCore;

namespace Jingyuan.Cms.Media;

public sealed class MediaOptions
{
    /// <summary>Folder for uploaded files (default: the data folder's "media").</summary>
    public string Root { get; set; } = "";
}

/// <summary>
/// Files on disk under the data folder, named by a random id so no user input reaches a path. What is
/// written is what <see cref="UploadInspector"/> accepted: the detected type, pictures without metadata.
/// </summary>
public sealed class MediaStore(
    CmsDbContext db, ICurrentUser user, Microsoft.Extensions.Options.IOptions<MediaOptions> options, TimeProvider clock, UploadInspector inspector)
    : IMediaStore
{
    public async Task<string?> CheckAsync(Stream content, string fileName, FieldSettings field, CancellationToken ct = default) =>
        (await inspector.InspectAsync(content, fileName, field, ct)).Error;

    public async Task<StoredFile> SaveAsync(Stream content, string fileName, FieldSettings field, CancellationToken ct = default)
    {
        var verdict = await inspector.InspectAsync(content, fileName, field, ct);
        if (verdict is not { Bytes: { } bytes, Type: { } type }) throw new MediaRejectedException(verdict.Error!);

        var id = Guid.NewGuid().ToString("n");
        var relative = Path.Combine(id[..2], id);
        var path = Path.Combine(options.Value.Root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllBytesAsync(path, bytes, ct);
        var safeName = Path.GetFileName(fileName);
        db.Add(new MediaFileRecord
        {
            Id = id, FileName = safeName, ContentType = type.MediaType, Length = bytes.Length, StoragePath = relative,
            UploadedBy = user.UserName, UploadedUtc = clock.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync(ct);
        return new StoredFile(id, safeName, type.MediaType, bytes.Length);
    }

    public async Task<(StoredFile File, Stream Content)?> OpenAsync(string id, CancellationToken ct = default)
    {
        var row = await db.Set<MediaFileRecord>().AsNoTracking().FirstOrDefaultAsync(f => f.Id == id, ct);
        if (row is null) return null;
        var path = Path.Combine(options.Value.Root, row.StoragePath);
        if (!File.Exists(path)) return null;
        return (new StoredFile(row.Id, row.FileName, row.ContentType, row.Length), File.OpenRead(path));
    }
}
