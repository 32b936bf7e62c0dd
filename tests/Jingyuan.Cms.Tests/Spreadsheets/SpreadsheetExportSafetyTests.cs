using System.Net;
using ClosedXML.Excel;
using Jingyuan.Cms.Spreadsheets;
using Jingyuan.Cms.Tests.TestSupport;

namespace Jingyuan.Cms.Tests.Spreadsheets;

/// <summary>Exports cannot carry a formula into Excel, and every content type's sheet name is valid.</summary>
public sealed class SpreadsheetExportSafetyTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"\"http://x\"\")")]
    [InlineData("+1+cmd", "'+1+cmd")]
    [InlineData("-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0")]
    [InlineData("@SUM(1)", "'@SUM(1)")]
    [InlineData("\t=1", "'\t=1")]
    [InlineData("-3.5", "-3.5")]
    [InlineData("肉牛-养殖", "肉牛-养殖")]
    public void Csv_fields_that_Excel_would_run_as_formulas_are_marked_as_text(string value, string expectedBody)
    {
        var field = SpreadsheetSafety.CsvField(value);
        Assert.Equal(expectedBody, field.Trim('"') == field ? field : field[1..^1]);
    }

    [Fact]
    public void Saved_workbooks_mark_formula_like_text_with_the_quote_prefix_and_keep_the_value()
    {
        using var book = new XLWorkbook();
        var sheet = book.AddWorksheet("x");
        sheet.Cell(1, 1).SetValue("-2+3+cmd");
        sheet.Cell(1, 2).SetValue("园子村");
        sheet.Cell(1, 3).SetValue(-5m);

        using var saved = new XLWorkbook(new MemoryStream(SpreadsheetSafety.Save(book)));
        var cells = saved.Worksheet(1);
        Assert.True(cells.Cell(1, 1).Style.IncludeQuotePrefix);
        Assert.Equal("-2+3+cmd", cells.Cell(1, 1).GetString());
        Assert.False(cells.Cell(1, 2).Style.IncludeQuotePrefix);
        Assert.Equal(-5d, cells.Cell(1, 3).GetDouble());
    }

    [Fact]
    public void Sheet_names_lose_forbidden_characters_stay_within_31_and_are_unique()
    {
        using var book = new XLWorkbook();
        Assert.Equal("农家乐、民宿、手工编织", SpreadsheetSafety.SheetName(book, "农家乐/民宿/手工编织"));
        var longName = SpreadsheetSafety.SheetName(book, new string('长', 40) + "[*?:]");
        Assert.Equal(31, longName.Length);
        book.AddWorksheet(longName);
        var second = SpreadsheetSafety.SheetName(book, new string('长', 40));
        Assert.NotEqual(longName, second);
        Assert.Equal(31, second.Length);
    }

    [Fact]
    public async Task The_tourism_operators_template_and_export_answer_with_a_workbook()
    {
        await using var site = new CmsWebFactory();
        using var admin = await site.LoginAsync("admin");
        foreach (var url in new[] { "/admin/content/sheets/TourismOperator/template.xlsx", "/admin/content/sheets/TourismOperator/export.xlsx" })
        {
            var response = await admin.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            using var book = new XLWorkbook(new MemoryStream(await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken)));
            Assert.Equal("农家乐、民宿、手工编织", book.Worksheet(1).Name);
        }
    }

    [Fact]
    public async Task An_admin_export_marks_a_title_starting_with_minus_as_text()
    {
        await using var site = new CmsWebFactory();
        await TestContent.DefineTypeAsync(site);
        await TestContent.DraftAsync(site, "-2+3+cmd|' /C calc'!A0", 5);
        using var admin = await site.LoginAsync("admin");

        var response = await admin.GetAsync($"/admin/content/sheets/{TestContent.Type}/export.xlsx");

        using var book = new XLWorkbook(new MemoryStream(await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken)));
        var title = book.Worksheet(1).Cell(2, 1);
        Assert.Equal("-2+3+cmd|' /C calc'!A0", title.GetString());
        Assert.True(title.Style.IncludeQuotePrefix);
    }
}
