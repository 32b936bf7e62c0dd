using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Jingyuan.Cms.Archive;

/// <summary>
/// A simple A4 text document: headings and wrapped lines, new pages as needed. Chinese wraps at any
/// character, so lines are broken by measured width, not at spaces.
/// </summary>
internal sealed class ArchivePdf : IDisposable
{
    private const double Margin = 56;
    private readonly PdfDocument document = new();
    private readonly XFont body;
    private readonly XFont heading;
    private readonly XFont title;
    private XGraphics? graphics;
    private PdfPage? page;
    private double y;

    public ArchivePdf(string documentTitle)
    {
        CjkFontResolver.EnsureInstalled();
        var options = new XPdfFontOptions(PdfFontEncoding.Unicode);
        body = new XFont(CjkFontResolver.FaceName, 10.5, XFontStyleEx.Regular, options);
        heading = new XFont(CjkFontResolver.FaceName, 12.5, XFontStyleEx.Regular, options);
        title = new XFont(CjkFontResolver.FaceName, 16, XFontStyleEx.Regular, options);
        document.Info.Title = documentTitle;
        document.Info.Creator = "Jingyuan.Cms 档案";
    }

    public int PageCount => document.PageCount;

    public void Title(string text) => Write(text, title, 8);

    public void Heading(string text)
    {
        y += 6;
        Write(text, heading, 4);
    }

    public void Line(string text) => Write(text, body, 2);

    public byte[] ToBytes()
    {
        graphics?.Dispose();
        graphics = null;
        using var output = new MemoryStream();
        document.Save(output, closeStream: false);
        return output.ToArray();
    }

    private void Write(string text, XFont font, double after)
    {
        foreach (var paragraph in text.Replace("\r", "").Split('\n'))
            foreach (var line in Wrap(paragraph, font))
            {
                var height = font.GetHeight();
                if (graphics is null || y + height > page!.Height.Point - Margin) NewPage();
                graphics!.DrawString(line, font, XBrushes.Black, new XPoint(Margin, y + height * 0.8));
                y += height;
            }
        y += after;
    }

    private IEnumerable<string> Wrap(string text, XFont font)
    {
        if (graphics is null) NewPage();
        var width = page!.Width.Point - 2 * Margin;
        var start = 0;
        var used = 0.0;
        for (var i = 0; i < text.Length; i++)
        {
            var w = CharWidth(text[i], font);
            if (used + w > width && i > start)
            {
                yield return text[start..i];
                start = i;
                used = 0;
            }
            used += w;
        }
        yield return text[start..];
    }

    // Summed per character (cached): measuring every prefix would be quadratic in long paragraphs.
    private readonly Dictionary<(char, double), double> widths = [];

    private double CharWidth(char c, XFont font)
    {
        if (!widths.TryGetValue((c, font.Size), out var w))
            widths[(c, font.Size)] = w = graphics!.MeasureString(c.ToString(), font).Width;
        return w;
    }

    private void NewPage()
    {
        graphics?.Dispose();
        page = document.AddPage();
        page.Size = PdfSharp.PageSize.A4;
        graphics = XGraphics.FromPdfPage(page);
        y = Margin;
    }

    public void Dispose()
    {
        graphics?.Dispose();
        document.Dispose();
    }
}
