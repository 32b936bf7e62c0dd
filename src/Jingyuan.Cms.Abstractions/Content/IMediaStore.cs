namespace Jingyuan.Cms.Content;

/// <summary>Stores uploaded files under the app's data folder.</summary>
public interface IMediaStore
{
    Task<StoredFile> SaveAsync(Stream content, string fileName, string contentType, CancellationToken ct = default);
    Task<(StoredFile File, Stream Content)?> OpenAsync(string id, CancellationToken ct = default);
}
