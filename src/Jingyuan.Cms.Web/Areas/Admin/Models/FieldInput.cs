using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;
using Jingyuan.Cms.Content;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using Microsoft.Extensions.Localization;

namespace Jingyuan.Cms.Web.Areas.Admin.Models;

/// <summary>
/// A field as the type editor shows it. Settings are posted for every kind the form shows,
/// but only those that apply to the field's kind are copied to the definition.
/// </summary>
public partial class FieldInput : IValidatableObject
{
    [Display(Name = "字段名")]
    public string? Name { get; set; }

    [Required(ErrorMessage = "请填写{0}")]
    [StringLength(50, ErrorMessage = "{0}不能超过{1}个字符")]
    [Display(Name = "标签")]
    public string Label { get; set; } = "";

    [Display(Name = "类型")]
    public FieldKind? Kind { get; set; }

    [Display(Name = "必填")]
    public bool Required { get; set; }

    [StringLength(200, ErrorMessage = "{0}不能超过{1}个字符")]
    [Display(Name = "填写说明")]
    public string? Hint { get; set; }

    [StringLength(20, ErrorMessage = "{0}不能超过{1}个字符")]
    [Display(Name = "单位")]
    public string? Unit { get; set; }

    [Display(Name = "最小值")]
    public decimal? Min { get; set; }

    [Display(Name = "最大值")]
    public decimal? Max { get; set; }

    [Display(Name = "选项（每行一个）")]
    public string? Options { get; set; }

    [Display(Name = "允许的文件扩展名")]
    public string? AllowedExtensions { get; set; }

    /// <summary>Kinds a Files field accepts by content; none checked means: judged by the extensions.</summary>
    [Display(Name = "允许的文件内容")]
    public List<FileKinds> AllowedKinds { get; set; } = [];

    [Range(0.1, 500, ErrorMessage = "{0}须在{1}到{2}之间")]
    [Display(Name = "单个文件最大（MB）")]
    public double? MaxFileMb { get; set; }

    [Range(1, 100, ErrorMessage = "{0}须在{1}到{2}之间")]
    [Display(Name = "最多文件数")]
    public int? MaxFiles { get; set; }

    [Display(Name = "关联的内容类型")]
    public string? LinkedContentType { get; set; }

    [Display(Name = "建立索引（可在列表中筛选）")]
    public bool Indexed { get; set; }

    [Display(Name = "个人信息，不公开")]
    public bool Personal { get; set; }

    /// <summary>The add form offers every kind's settings; an existing field shows only its own.</summary>
    public virtual bool ShowsAllSettings => false;

    [GeneratedRegex(@"^\.[a-z0-9]{1,10}$")]
    private static partial Regex ExtensionPattern();

    public static FieldInput From(ContentFieldDefinition field) => new()
    {
        Name = field.Name, Label = field.Label, Kind = field.Kind, Required = field.Required,
        Hint = field.Settings.Hint, Unit = field.Settings.Unit, Min = field.Settings.Min, Max = field.Settings.Max,
        Options = string.Join('\n', field.Settings.Options),
        AllowedExtensions = string.Join(' ', field.Settings.AllowedExtensions),
        AllowedKinds = [.. new[] { FileKinds.Images, FileKinds.Pdf, FileKinds.Documents }.Where(k => field.Settings.AcceptedKinds().HasFlag(k))],
        MaxFileMb = Math.Round(field.Settings.MaxFileBytes / 1024d / 1024d, 2),
        MaxFiles = field.Settings.MaxFiles, LinkedContentType = field.Settings.LinkedContentType,
        Indexed = field.Settings.Indexed, Personal = field.Settings.Personal,
    };

    /// <summary>Copies what the editor may change onto the definition (name and kind stay as they are).</summary>
    public void ApplyTo(ContentFieldDefinition field)
    {
        field.Label = (Label ?? "").Trim();
        field.Required = Required;
        var s = field.Settings.Clone();
        s.Hint = Blank(Hint);
        s.Indexed = Indexed;
        s.Personal = Personal;
        switch (field.Kind)
        {
            case FieldKind.Number:
                (s.Unit, s.Min, s.Max) = (Blank(Unit), Min, Max);
                break;
            case FieldKind.Choice or FieldKind.MultiChoice:
                s.Options = Lines(Options);
                break;
            case FieldKind.Files:
                s.AllowedExtensions = Extensions(AllowedExtensions);
                var kinds = AllowedKinds.Aggregate(FileKinds.None, (all, k) => all | (k & FileKinds.All));
                s.AllowedKinds = kinds == FileKinds.None ? null : kinds;
                if (MaxFileMb is { } mb) s.MaxFileBytes = (long)(mb * 1024 * 1024);
                if (MaxFiles is { } max) s.MaxFiles = max;
                break;
            case FieldKind.ContentLink:
                s.LinkedContentType = Blank(LinkedContentType);
                break;
        }
        field.Settings = s;
    }

    public IEnumerable<ValidationResult> Validate(ValidationContext context)
    {
        // Only a Files field uses extensions (an existing row posts no kind, and only Files rows show the input).
        if (Kind is not (null or FieldKind.Files)) yield break;
        var bad = Extensions(AllowedExtensions).Where(e => !ExtensionPattern().IsMatch(e)).ToList();
        if (bad.Count > 0)
        {
            var T = (IStringLocalizer<FieldInput>?)context.GetService(typeof(IStringLocalizer<FieldInput>));
            var message = T?["扩展名格式不正确：{0}（例如 .jpg .pdf）", string.Join(" ", bad)].Value
                ?? $"扩展名格式不正确：{string.Join(" ", bad)}（例如 .jpg .pdf）";
            yield return new ValidationResult(message, [nameof(AllowedExtensions)]);
        }
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static List<string> Lines(string? text) =>
        (text ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Distinct(StringComparer.Ordinal).ToList();

    // Admins type "jpg, .PDF 、png": accept any separator and a missing dot.
    private static List<string> Extensions(string? text) =>
        (text ?? "").Split([' ', ',', '，', '、', ';', '；', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries)
            .Select(e => (e.StartsWith('.') ? e : "." + e).ToLowerInvariant())
            .Distinct().ToList();
}

/// <summary>The "add a field" form: a FieldInput whose name and kind are chosen here.</summary>
public sealed class FieldAddInput : FieldInput
{
    public override bool ShowsAllSettings => true;

    [BindNever, ValidateNever]
    public string TypeName { get; set; } = "";

    [BindNever, ValidateNever]
    public string TypeDisplayName { get; set; } = "";
}
