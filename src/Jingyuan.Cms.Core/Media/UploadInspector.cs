using Jingyuan.Cms.Content;
using Microsoft.Extensions.Localization;

namespace Jingyuan.Cms.Media;

/// <summary>An upload judged: the bytes to store and their detected type, or why it is refused.</summary>
public sealed record UploadVerdict(byte[]? Bytes, DetectedType? Type, string? Error)
{
    public bool Accepted => Error is null;
}

/// <summary>
/// Judges an upload by its bytes against a Files field: empty, too large, of a kind the field does not
/// take, unrecognised (SVG, HTML, XML, scripts), or a polyglot (a picture that is also a page). Pictures
/// that pass are returned without their metadata.
/// </summary>
public sealed class UploadInspector(IStringLocalizer<UploadInspector> T)
{
    /// <summary>Reads at most one byte past the field's limit, so a huge upload is never held in memory.</summary>
    public async Task<UploadVerdict> InspectAsync(Stream content, string fileName, FieldSettings field, CancellationToken ct = default)
    {
        var name = Path.GetFileName(fileName);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(chunk, ct)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > field.MaxFileBytes) return Refuse(TooLarge(name, field));
        }
        return Inspect(buffer.ToArray(), name, field);
    }

    public UploadVerdict Inspect(byte[] bytes, string name, FieldSettings field)
    {
        if (bytes.Length == 0) return Refuse(T["文件“{0}”是空文件（0 字节），请重新选择", name]);
        if (bytes.Length > field.MaxFileBytes) return Refuse(TooLarge(name, field));
        var extension = Path.GetExtension(name).ToLowerInvariant();
        if (field.AllowedExtensions.Count > 0 && !field.AllowedExtensions.Contains(extension))
            return Refuse(T["文件“{0}”的扩展名不在允许之列（允许：{1}）", name, string.Join(" ", field.AllowedExtensions)]);

        var accepted = field.AcceptedKinds();
        var type = MediaSignatures.Detect(bytes, name);
        if (type is null)
        {
            return Refuse(MediaSignatures.LooksLikeMarkup(bytes)
                ? T["文件“{0}”是网页、SVG 或 XML 等可含脚本的文件，不能上传", name]
                : T["文件“{0}”的内容无法识别，只能上传：{1}", name, Describe(accepted)]);
        }
        if ((accepted & type.Kind) == 0)
            return Refuse(T["文件“{0}”的内容是{1}，此处只能上传：{2}", name, type.Description, Describe(accepted)]);
        if (type.OpensInline && ActiveContent.Contains(bytes))
            return Refuse(T["文件“{0}”中夹带了网页或脚本代码，不能上传", name]);
        if (type.Kind != FileKinds.Images) return new UploadVerdict(bytes, type, null);

        var stripped = ImageMetadataStripper.Strip(bytes, type);
        if (stripped is null) return Refuse(T["文件“{0}”不是完整的{1}（文件已损坏或被截断）", name, type.Description]);
        // Phones put extra pictures after a JPEG's end, so those are simply dropped; other formats have
        // no such habit, and data there is what a polyglot hides.
        if (stripped.Trailing > 0 && type != MediaSignatures.Jpeg)
            return Refuse(T["文件“{0}”在图片数据之后还附带了其他内容，不能上传", name]);
        return new UploadVerdict(stripped.Bytes, type, null);
    }

    private string TooLarge(string name, FieldSettings field) =>
        T["文件“{0}”超过了单个文件 {1} MB 的上限", name, Math.Round(field.MaxFileBytes / 1024d / 1024d, 1)];

    private string Describe(FileKinds kinds)
    {
        var names = new List<string>();
        if (kinds.HasFlag(FileKinds.Images)) names.Add(T["图片（JPG、PNG、GIF、WebP）"]);
        if (kinds.HasFlag(FileKinds.Pdf)) names.Add(T["PDF"]);
        if (kinds.HasFlag(FileKinds.Documents)) names.Add(T["Word/Excel 文档"]);
        return names.Count == 0 ? T["（无）"] : string.Join("、", names);
    }

    private static UploadVerdict Refuse(string message) => new(null, null, message);
}
