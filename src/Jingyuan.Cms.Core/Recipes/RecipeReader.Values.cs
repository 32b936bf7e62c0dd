using System.Text.Json;

namespace Jingyuan.Cms.Recipes;

// Typed property readers: each reports a wrong or missing value at its path and returns a default.
internal sealed partial class RecipeReader
{
    /// <summary>Checks the element is an object and reports properties the format does not know (usually typos).</summary>
    private bool Object(JsonElement element, string path, params string[] allowed)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            Error(path, "必须是对象");
            return false;
        }
        foreach (var property in element.EnumerateObject())
        {
            if (!allowed.Contains(property.Name, StringComparer.Ordinal))
            {
                Error($"{path}.{property.Name}", "未知的属性");
            }
        }
        return true;
    }

    private static bool TryGet(JsonElement obj, string name, out JsonElement value) =>
        obj.TryGetProperty(name, out value) && value.ValueKind != JsonValueKind.Null;

    private string Text(JsonElement obj, string name, string path, bool required, int maxLength)
    {
        var at = $"{path}.{name}";
        if (!TryGet(obj, name, out var value))
        {
            if (required)
            {
                Error(at, "必填");
            }
            return "";
        }
        if (value.ValueKind != JsonValueKind.String)
        {
            Error(at, "必须是文本");
            return "";
        }
        var text = value.GetString()!;
        if (required && string.IsNullOrWhiteSpace(text))
        {
            Error(at, "不能为空");
        }
        else if (text.Length > maxLength)
        {
            Error(at, $"不能超过 {maxLength} 个字");
        }
        return text;
    }

    /// <summary>An optional true/false property; null when missing or wrong (reported).</summary>
    private bool? Bool(JsonElement obj, string name, string path)
    {
        if (!TryGet(obj, name, out var value)) return null;
        if (value.ValueKind is JsonValueKind.True or JsonValueKind.False) return value.GetBoolean();
        Error($"{path}.{name}", "必须是 true 或 false");
        return null;
    }

    private int? Int(JsonElement obj, string name, string path, bool required)
    {
        var at = $"{path}.{name}";
        if (!TryGet(obj, name, out var value))
        {
            if (required)
            {
                Error(at, "必填");
            }
            return null;
        }
        if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt32(out var number))
        {
            Error(at, "必须是整数");
            return null;
        }
        return number;
    }

    private decimal? Decimal(JsonElement obj, string name, string path)
    {
        var at = $"{path}.{name}";
        if (!TryGet(obj, name, out var value))
        {
            Error(at, "必填");
            return null;
        }
        if (value.ValueKind != JsonValueKind.Number || !value.TryGetDecimal(out var number))
        {
            Error(at, "必须是数字");
            return null;
        }
        return number;
    }

    /// <summary>An enum written by name; when absent, <paramref name="fallback"/> (null makes it required).</summary>
    private TEnum Enum<TEnum>(JsonElement obj, string name, string path, TEnum? fallback) where TEnum : struct, Enum
    {
        var at = $"{path}.{name}";
        if (!TryGet(obj, name, out var value))
        {
            if (fallback is null)
            {
                Error(at, "必填");
            }
            return fallback ?? default;
        }
        // Names only: "1" or 1 would silently mean whatever the enum's order happens to be.
        if (value.ValueKind == JsonValueKind.String && value.GetString() is { } text
            && System.Enum.GetNames<TEnum>().Contains(text, StringComparer.Ordinal))
        {
            return System.Enum.Parse<TEnum>(text);
        }
        Error(at, $"必须是 {Describe<TEnum>()} 之一");
        return fallback ?? default;
    }

    private DateOnly? Date(JsonElement obj, string name, string path)
    {
        var at = $"{path}.{name}";
        if (!TryGet(obj, name, out var value))
        {
            return null;
        }
        if (value.ValueKind == JsonValueKind.String && TryParseDate(value.GetString()!, out var date))
        {
            return date;
        }
        Error(at, "必须是日期，格式为 yyyy-MM-dd");
        return null;
    }

    /// <summary>The items of an array property with their paths; nothing when it is missing or not an array.</summary>
    private List<(JsonElement Item, string Path)> Items(JsonElement obj, string name, string path, bool required)
    {
        var at = $"{path}.{name}";
        if (!TryGet(obj, name, out var value))
        {
            if (required)
            {
                Error(at, "必填");
            }
            return [];
        }
        if (value.ValueKind != JsonValueKind.Array)
        {
            Error(at, "必须是数组");
            return [];
        }
        return value.EnumerateArray().Select((item, i) => (item, $"{at}[{i}]")).ToList();
    }

    private List<string> TextList(JsonElement obj, string name, string path, int maxLength)
    {
        var result = new List<string>();
        foreach (var (item, at) in Items(obj, name, path, required: false))
        {
            if (item.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(item.GetString()))
            {
                Error(at, "必须是非空文本");
                result.Add("");
                continue;
            }
            var text = item.GetString()!.Trim();
            if (text.Length > maxLength)
            {
                Error(at, $"不能超过 {maxLength} 个字");
            }
            result.Add(text);
        }
        return result;
    }
}
