using System.Net;
using System.Text.RegularExpressions;
using ClosedXML.Excel;
using Jingyuan.Cms.Content;
using Jingyuan.Cms.Modules.Industry.Models;
using Jingyuan.Cms.Tests.TestSupport;

namespace Jingyuan.Cms.Tests.Modules.Industry;

/// <summary>Excel import of 产业项目: every bad cell is named, and one bad row means nothing is imported.</summary>
public sealed partial class IndustryImportTests
{
    private const string ImportPage = "/admin/content/sheets/IndustryProject/import";

    // Columns: A 标题, B 年度, C 产业类别, D 乡镇, E 建设阶段, F 开工日期, G 完工日期, H 新增肉牛（头）.
    private static readonly string[] Header = ["*标题", "年度", "*产业类别", "*乡镇", "*建设阶段", "开工日期", "完工日期", "新增肉牛（头）"];

    private static readonly string[][] CleanRows =
    [
        ["园子村肉牛出户入园", "2023", "肉牛", "香水镇", "在建", "2023-03-01", "2023-10-31", "300"],
        ["红旗村肉牛养殖园区", "2023", "肉牛", "香水镇", "完工", "2023-02-15", "2023-08-30", "400"],
        ["冶家村基础母牛扩栏", "2023", "肉牛", "泾河源镇", "在建", "2023-04-01", "", "120"],
        ["泾光村肉牛养殖", "2023", "肉牛", "泾河源镇", "验收", "2023-01-10", "2023-06-30", "80"],
        ["新旗村肉牛养殖", "2023", "肉牛", "六盘山镇", "在建", "2023-05-01", "2023-05-20", "60"],
        ["大庄村肉牛养殖", "2023", "肉牛", "黄花乡", "在建", "2023-05-01", "", "50"],
    ];

    [GeneratedRegex("<li>第(\\d+)行，([A-Z]+)列（(.+?)）：([^<]+)</li>")]
    private static partial Regex ErrorItem();

    [Theory, ClassData(typeof(Databases))]
    public async Task A_sheet_with_three_bad_rows_is_refused_naming_them_and_the_clean_sheet_imports(TestDatabase database)
    {
        await using var site = new CmsWebFactory(database);
        using var admin = await site.LoginAsync("admin");
        var bad = CleanRows.Select(r => r.ToArray()).ToArray();
        bad[1][4] = "已完成";      // row 3: not a stage
        bad[3][7] = "八十头";      // row 5: not a number
        bad[4][6] = "2023-04-30"; // row 6: finishes before it starts

        var refused = await UploadAsync(admin, Workbook(bad));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var errors = ErrorItem().Matches(await refused.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))
            .Select(m => (Row: int.Parse(m.Groups[1].Value), Column: m.Groups[2].Value, Header: m.Groups[3].Value, Message: m.Groups[4].Value))
            .ToList();
        Assert.Equal([(3, "E", "*建设阶段"), (5, "H", "新增肉牛（头）"), (6, "G", "完工日期")],
            errors.Select(e => (e.Row, e.Column, e.Header)).Order());
        Assert.Contains("只能从列表中选择", errors.Single(e => e.Row == 3).Message);
        Assert.Equal("请输入数字", errors.Single(e => e.Row == 5).Message);
        Assert.Equal("完工日期不能早于开工日期", errors.Single(e => e.Row == 6).Message);
        Assert.Equal(0, await CountAsync(site));

        var imported = await UploadAsync(admin, Workbook(CleanRows));
        Assert.Equal(HttpStatusCode.Redirect, imported.StatusCode);
        Assert.Equal(CleanRows.Length, await CountAsync(site));
        var first = (await site.WithContentAsync(c => c.QueryAsync(new ContentQuery
        {
            ContentTypes = [nameof(IndustryProject)], Text = "园子村",
        }))).Items.Single();
        Assert.Equal(ContentStatus.Draft, first.Status);
        Assert.Equal(2023, first.Year);
        Assert.Equal(300m, first.GetNumber(nameof(IndustryProject.NewCattle)));
        Assert.Equal("任务2", first.GetText(nameof(IndustryProject.Task)));
    }

    private static async Task<HttpResponseMessage> UploadAsync(TestClient client, byte[] workbook)
    {
        var token = await client.TokenFromAsync(ImportPage);
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(workbook), "file", "产业项目.xlsx" },
        };
        return await client.Http.PostAsync(ImportPage, form);
    }

    /// <summary>A sheet as people fill it: every cell typed as text.</summary>
    private static byte[] Workbook(string[][] rows)
    {
        using var book = new XLWorkbook();
        var sheet = book.AddWorksheet("产业项目");
        for (var c = 0; c < Header.Length; c++) sheet.Cell(1, c + 1).SetValue(Header[c]);
        for (var r = 0; r < rows.Length; r++)
        {
            for (var c = 0; c < rows[r].Length; c++) sheet.Cell(r + 2, c + 1).SetValue(rows[r][c]);
        }
        using var stream = new MemoryStream();
        book.SaveAs(stream);
        return stream.ToArray();
    }

    private static Task<int> CountAsync(CmsWebFactory site) => site.WithContentAsync(async c =>
        (await c.QueryAsync(new ContentQuery { ContentTypes = [nameof(IndustryProject)], PageSize = 1 })).Total);
}
