using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Jingyuan.Cms.Recipes;

/// <summary>How recipe files are written: indented, camelCase, enums by name, Chinese and "+" left readable.</summary>
public static class RecipeJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        // Recipes are files people read and diff, never HTML: the relaxed encoder keeps 汉字, “”, + as they are.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter() },
    };

    public static string Serialize(Recipe recipe) => JsonSerializer.Serialize(recipe, Options) + "\n";
}
