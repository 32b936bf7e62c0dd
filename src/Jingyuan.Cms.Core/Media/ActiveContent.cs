using System.Text;

namespace Jingyuan.Cms.Media;

/// <summary>
/// Finds markup or script a browser could run hidden inside an image or PDF (a polyglot: a valid picture
/// that is also a web page). Compressed picture data practically never holds these words by chance.
/// </summary>
public static class ActiveContent
{
    private static readonly byte[][] Markers = [.. new[]
    {
        "<script", "<html", "<body", "<svg", "<iframe", "<object", "<embed", "<!doctype", "<?xml-stylesheet",
        "<meta", "<img", "<a href", "javascript:", "onload=", "onerror=",
    }.Select(Encoding.ASCII.GetBytes)];

    public static bool Contains(ReadOnlySpan<byte> bytes)
    {
        foreach (var marker in Markers)
        {
            var first = marker[0];
            var upper = (byte)char.ToUpperInvariant((char)first);
            var rest = bytes;
            while (true)
            {
                var at = first == upper ? rest.IndexOf(first) : rest.IndexOfAny(first, upper);
                if (at < 0 || rest.Length - at < marker.Length) break;
                if (Ascii.EqualsIgnoreCase(rest.Slice(at, marker.Length), marker)) return true;
                rest = rest[(at + 1)..];
            }
        }
        return false;
    }
}
