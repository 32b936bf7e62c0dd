using ClosedXML.Excel;
using Jingyuan.Cms.Content;
using Jingyuan.Cms.Spreadsheets;
using Jingyuan.Cms.Tests.Modules.SocialSecurity;
using Jingyuan.Cms.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using static Jingyuan.Cms.Tests.People.MonthlyLedgerSite;

namespace Jingyuan.Cms.Tests.People;

/// <summary>
/// Typed into a General cell, Excel keeps an 18-digit ID number as a number and drops its last digits. The
/// template's ID column is text, and a number in that column is refused at its cell with the way out.
/// </summary>
public sealed class IdNumberCellTests
{
    [Fact]
    public async Task An_id_number_stored_as_a_number_is_refused_at_its_cell_and_the_template_column_is_text()
    {
        await using var site = Create(TestDatabase.Sqlite, new FakeTimeProvider(new DateTimeOffset(2026, 1, 10, 2, 0, 0, TimeSpan.Zero)));
        var hr = await SocialSecurityTestData.UnitAsync(site, "人社局");
        var sheet = Sheet(Row("马小明", Id(1), "县内就近"), Row("李小红", Id(2), "县内就近"));
        using (var book = new XLWorkbook(new MemoryStream(sheet)))
        {
            book.Worksheets.First().Cell(3, 3).Value = double.Parse(Id(2)[..17] + "0", System.Globalization.CultureInfo.InvariantCulture);
            var stream = new MemoryStream();
            book.SaveAs(stream);
            sheet = stream.ToArray();
        }

        var result = await ImportAsync(site, hr, sheet, new DateOnly(2026, 1, 1));

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Errors);
        Assert.Equal((3, "C"), (error.Row, error.Column));
        Assert.Contains("被 Excel 存成了数字", error.Message);
        Assert.Empty(await LatestAsync(site));

        using var template = new XLWorkbook(new MemoryStream(await site.WithServicesAsync(async sp =>
            await sp.GetRequiredService<ContentSpreadsheetWriter>().TemplateAsync((await sp.GetRequiredService<IContentDefinitionManager>().GetTypeAsync(Ledger))!))));
        var header = template.Worksheets.First().Row(1).CellsUsed().Single(c => c.GetString().Contains("身份证号码", StringComparison.Ordinal));
        Assert.Equal("@", template.Worksheets.First().Column(header.Address.ColumnNumber).Style.NumberFormat.Format);
    }
}
