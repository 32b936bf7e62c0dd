namespace Jingyuan.Cms.Content;

/// <summary>
/// Stores uploaded files under the app's data folder. Every upload is judged by its bytes against the
/// Files field it is for: the stored type is the detected one, never the browser's claim, and photos
/// lose their metadata (GPS position, camera) before they are written.
/// </summary>
public interface IMediaStore
{
    /// <summary>Null when the upload may be stored in a field with these settings, else the reason (names the file).</summary>
    Task<string?> CheckAsync(Stream content, string fileName, FieldSettings field, CancellationToken ct = default);

    /// <summary>Stores an upload that <see cref="CheckAsync"/> accepts; throws <see cref="MediaRejectedException"/> otherwise.</summary>
    Task<StoredFile> SaveAsync(Stream content, string fileName, FieldSettings field, CancellationToken ct = default);

    Task<(StoredFile File, Stream Content)?> OpenAsync(string id, CancellationToken ct = default);
}

/// <summary>An upload refused by its content, size or type; the message names the file and why.</summary>
public sealed class MediaRejectedException(string message) : Exception(message);
