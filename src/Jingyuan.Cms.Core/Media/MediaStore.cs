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

/// <summary>Files on disk under the data folder, named by a random id so no user input reaches a path.</summary>
public sealed class MediaStore(CmsDbContext db, ICurrentUser user, Microsoft.Extensions.Options.IOptions<MediaOptions> options, TimeProvider clock)
    : IMediaStore
{
    public async Task<StoredFile> SaveAsync(Stream content, string fileName, string contentType, CancellationToken ct = default)
    {
        var id = Guid.NewGuid().ToString("n");
        var relative = Path.Combine(id[..2], id);
        var path = Path.Combine(options.Value.Root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        long length;
        await using (var file = File.Create(path))
        {
            await content.CopyToAsync(file, ct);
            length = file.Length;
        }
        var safeName = Path.GetFileName(fileName);
        db.Add(new MediaFileRecord
        {
            Id = id, FileName = safeName, ContentType = contentType, Length = length, StoragePath = relative,
            UploadedBy = user.UserName, UploadedUtc = clock.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync(ct);
        return new StoredFile(id, safeName, contentType, length);
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
