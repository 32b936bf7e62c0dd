using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Content;
using PdfSharp.Pdf.Content.Objects;
using PdfSharp.Pdf.IO;

namespace Jingyuan.Cms.Tests.Modules.Archive;

/// <summary>
/// Reads the text of a PDF that PDFsharp wrote with Unicode (Identity-H) fonts: the shown strings are
/// glyph ids, turned back into text with the fonts' ToUnicode maps.
/// </summary>
internal static partial class PdfText
{
    public static (string Title, string Text, int Pages) Read(byte[] pdf)
    {
        using var document = PdfReader.Open(new MemoryStream(pdf), PdfDocumentOpenMode.Import);
        var text = new StringBuilder();
        foreach (var page in document.Pages)
        {
            var map = ToUnicode(page);
            Collect(ContentReader.ReadContent(page), map, text);
        }
        return (document.Info.Title, text.ToString(), document.PageCount);
    }

    private static void Collect(CSequence sequence, Dictionary<int, string> map, StringBuilder text)
    {
        foreach (var element in sequence)
        {
            if (element is COperator { OpCode.Name: "Tj" or "TJ" } op)
            {
                foreach (var operand in op.Operands) Append(operand, map, text);
                text.Append('\n');
            }
            else if (element is CSequence inner) Collect(inner, map, text);
        }
    }

    private static void Append(CObject operand, Dictionary<int, string> map, StringBuilder text)
    {
        if (operand is CArray array)
        {
            foreach (var o in array) Append(o, map, text);
            return;
        }
        if (operand is not CString s) return;
        var bytes = s.Value;
        for (var i = 0; i + 1 < bytes.Length; i += 2)
        {
            var glyph = (bytes[i] << 8) | bytes[i + 1];
            text.Append(map.GetValueOrDefault(glyph, "?"));
        }
    }

    private static Dictionary<int, string> ToUnicode(PdfPage page)
    {
        var map = new Dictionary<int, string>();
        var fonts = page.Resources.Elements.GetDictionary("/Font");
        if (fonts is null) return map;
        foreach (var key in fonts.Elements.Keys)
        {
            var font = fonts.Elements.GetDictionary(key);
            var cmap = font?.Elements.GetDictionary("/ToUnicode");
            if (cmap?.Stream is null) continue;
            var source = Encoding.ASCII.GetString(cmap.Stream.UnfilteredValue);
            foreach (Match m in Range().Matches(source))
            {
                var from = Hex(m.Groups[1].Value);
                var to = Hex(m.Groups[2].Value);
                var first = Hex(m.Groups[3].Value);
                for (var g = from; g <= to; g++) map[g] = char.ConvertFromUtf32(first + g - from);
            }
            foreach (Match m in Char().Matches(source)) map[Hex(m.Groups[1].Value)] = Utf16(m.Groups[2].Value);
        }
        return map;
    }

    private static int Hex(string s) => int.Parse(s, NumberStyles.HexNumber, CultureInfo.InvariantCulture);

    private static string Utf16(string hex) =>
        Encoding.BigEndianUnicode.GetString(Convert.FromHexString(hex));

    [GeneratedRegex(@"<([0-9A-Fa-f]+)>[ \t]*<([0-9A-Fa-f]+)>[ \t]*<([0-9A-Fa-f]{4})>")]
    private static partial Regex Range();

    [GeneratedRegex(@"^\s*<([0-9A-Fa-f]{4})>\s*<([0-9A-Fa-f]{4,8})>\s*$", RegexOptions.Multiline)]
    private static partial Regex Char();
}
