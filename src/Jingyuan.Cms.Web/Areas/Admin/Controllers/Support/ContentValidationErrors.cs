using Jingyuan.Cms.Content;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Jingyuan.Cms.Web.Areas.Admin.Controllers.Support;

internal static class ContentValidationErrors
{
    /// <summary>
    /// Shows the definition validator's errors next to the form's inputs. <paramref name="keyFor"/> turns
    /// a validator key ("Fields[2].Name") into the form's key, or null to show the error above the form.
    /// </summary>
    public static void AddContentErrors(this ModelStateDictionary modelState, ContentValidationException ex,
        Func<string, string?> keyFor)
    {
        foreach (var (key, messages) in ex.Errors)
        {
            foreach (var message in messages) modelState.AddModelError(keyFor(key) ?? "", message);
        }
    }

    /// <summary>Splits "Fields[2].Settings.Options" into (2, "Settings.Options").</summary>
    public static (int Index, string Member)? FieldKey(string key)
    {
        if (!key.StartsWith("Fields[", StringComparison.Ordinal)) return null;
        var close = key.IndexOf(']');
        if (close < 0 || !int.TryParse(key.AsSpan(7, close - 7), out var index)) return null;
        return (index, key.Length > close + 2 ? key[(close + 2)..] : "");
    }

    /// <summary>The form input that shows a field-level error: settings errors go next to the inputs they concern.</summary>
    public static string InputFor(string member) => member switch
    {
        "Settings" => "Max",
        "Settings.Options" => "Options",
        _ => member,
    };
}
