using System.IO.Compression;
using System.Text;
using System.Xml;

namespace Jingyuan.Cms.Archive;

/// <summary>One row of 目录.xlsx, in the columns of DA/T 22-2015 归档文件整理规则 (归档文件目录).</summary>
public sealed record ArchiveCatalogueRow(string ItemNumber, string Responsible, string Title, string Date,
    string Pages, string Retention, string Remarks)
{
    public static readonly string[] Headers = ["件号", "责任者", "题名", "日期", "页数/份数", "保管期限", "备注"];

    public string[] Cells => [ItemNumber, Responsible, Title, Date, Pages, Retention, Remarks];

    /// <summary>One line of the build's spool file (tab-separated; tabs and line breaks in values become spaces).</summary>
    public string ToSpoolLine() => string.Join('\t', Cells.Select(c => c.Replace('\t', ' ').Replace('\r', ' ').Replace('\n', ' '))) + "\n";

    public static ArchiveCatalogueRow FromSpoolLine(string line)
    {
        var c = line.Split('\t');
        return new ArchiveCatalogueRow(c[0], c[1], c[2], c[3], c[4], c[5], c[6]);
    }
}

/// <summary>
/// Writes 目录.xlsx row by row straight into the ZIP, so a catalogue of 100,000 rows never sits in memory.
/// Written by hand (the five parts a workbook needs): the Open XML SDK on .NET buffers every part of a package
/// it creates in memory (System.IO.Packaging opens the ZIP in update mode), about 160 MB at 100,000 rows.
/// Cells are inline strings: text, never formulas.
/// </summary>
internal static class ArchiveCatalogue
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static readonly double[] Widths = [22, 16, 48, 12, 12, 10, 40];

    public static void Write(string xlsxPath, string title, IEnumerable<ArchiveCatalogueRow> rows)
    {
        using var file = new FileStream(xlsxPath, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        using var zip = new ZipArchive(file, ZipArchiveMode.Create, leaveOpen: false, Encoding.UTF8);
        Part(zip, "[Content_Types].xml", """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>""");
        Part(zip, "_rels/.rels", """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>""");
        Part(zip, "xl/workbook.xml", $"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="{Main}" xmlns:r="{Relationships}"><sheets><sheet name="归档文件目录" sheetId="1" r:id="rId1"/></sheets></workbook>""");
        Part(zip, "xl/_rels/workbook.xml.rels", """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>""");

        using var sheet = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.Optimal).Open();
        using var xml = XmlWriter.Create(sheet, new XmlWriterSettings { Encoding = new UTF8Encoding(false) });
        xml.WriteStartDocument(standalone: true);
        xml.WriteStartElement("worksheet", Main);
        xml.WriteStartElement("cols", Main);
        for (var i = 0; i < Widths.Length; i++)
        {
            xml.WriteStartElement("col", Main);
            xml.WriteAttributeString("min", (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
            xml.WriteAttributeString("max", (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
            xml.WriteAttributeString("width", Widths[i].ToString(System.Globalization.CultureInfo.InvariantCulture));
            xml.WriteAttributeString("customWidth", "1");
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
        xml.WriteStartElement("sheetData", Main);
        WriteRow(xml, [title]);
        WriteRow(xml, ArchiveCatalogueRow.Headers);
        foreach (var row in rows) WriteRow(xml, row.Cells);
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    private static void Part(ZipArchive zip, string name, string content)
    {
        using var stream = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
        stream.Write(Encoding.UTF8.GetBytes(content));
    }

    private static void WriteRow(XmlWriter xml, IReadOnlyList<string> cells)
    {
        xml.WriteStartElement("row", Main);
        foreach (var text in cells)
        {
            xml.WriteStartElement("c", Main);
            xml.WriteAttributeString("t", "inlineStr");
            xml.WriteStartElement("is", Main);
            xml.WriteStartElement("t", Main);
            xml.WriteAttributeString("xml", "space", null, "preserve");
            xml.WriteString(XmlSafe(text));
            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    }

    // Control characters are not allowed in XML 1.0 text; a title pasted with one must not break the catalogue.
    private static string XmlSafe(string text) =>
        text.Any(c => char.IsControl(c) && c is not '\t' and not '\n' and not '\r')
            ? string.Concat(text.Select(c => char.IsControl(c) && c is not '\t' and not '\n' and not '\r' ? ' ' : c))
            : text;
}
