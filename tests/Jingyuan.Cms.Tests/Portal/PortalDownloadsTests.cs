using System.Net;
using System.Text;
using System.Text.Json;
using ClosedXML.Excel;
using Jingyuan.Cms.Plan;

namespace Jingyuan.Cms.Tests.Portal;

public sealed class PortalDownloadsTests
{
    private static readonly string[] TaskSheetHeaders = ["序号", "重点工作", "任务", "指标", "目标值", "单位", "已完成(审核)", "完成率", "状态"];
    private static readonly string[] DutySheetHeaders = ["序号", "任务", "牵头单位", "责任单位", "主要指标"];
    private static readonly string[] Hidden = ["2777", "2888", PortalSite.PersonalName, PortalSite.PersonalPhone, "进展顺利"];

    [Fact]
    public async Task The_workbook_has_the_task_list_and_the_responsibility_list_of_29_tasks()
    {
        await using var site = await SiteWithReportsAsync();
        using var client = site.Client();
        var response = await client.GetAsync("/plan/2023/download.xlsx", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(".xlsx", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);

        using var book = new XLWorkbook(new MemoryStream(await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken)));
        var tasks = book.Worksheet("项目任务清单");
        var duties = book.Worksheet("责任清单");
        Assert.StartsWith("附件3", tasks.Cell(1, 1).GetString());
        Assert.StartsWith("附件4", duties.Cell(1, 1).GetString());
        Assert.Equal(TaskSheetHeaders, Row(tasks, 3, TaskSheetHeaders.Length));
        Assert.Equal(DutySheetHeaders, Row(duties, 3, DutySheetHeaders.Length));

        var taskRows = DataRows(tasks, TaskSheetHeaders.Length);
        Assert.Equal(Enumerable.Range(1, 29).Select(n => n.ToString()), taskRows.Where(r => r[0] != "").Select(r => r[0]).Distinct());
        Assert.Contains(taskRows, r => r[..6].SequenceEqual(["2", "（一）提升产业发展水平", "发展肉牛养殖产业", "新增肉牛（不少于）", "1200", "头"]));
        var employment = taskRows.Single(r => r[3] == "转移就业（不少于）");
        Assert.Equal(["11", "（二）精准落实就业帮扶", "准确掌握就业动态信息", "转移就业（不少于）", "4000", "人", "1300"], employment[..7]);
        Assert.Equal(0.325, tasks.Cell(taskRows.IndexOf(employment) + 4, 8).GetDouble(), 3);
        Assert.Equal("", taskRows.Single(r => r[3] == "其中劳务移民就业（不少于）")[6]); // only a rejected report
        Assert.Contains(taskRows, r => r[2] == "发挥基层党组织核心作用" && r[3] == "未设量化指标");

        var dutyRows = DataRows(duties, DutySheetHeaders.Length);
        Assert.Equal(Enumerable.Range(1, 29).Select(n => n.ToString()), dutyRows.Select(r => r[0]));
        var two = dutyRows[1];
        Assert.Equal("发展肉牛养殖产业", two[1]);
        Assert.Equal("农业农村局", two[2]);
        Assert.Contains("发改局", two[3]);
        Assert.Contains("新增肉牛不少于1200头", two[4]);

        var everything = string.Join("\n", book.Worksheets.SelectMany(s => s.CellsUsed()).Select(c => c.GetString()));
        foreach (var hidden in Hidden) Assert.DoesNotContain(hidden, everything);
    }

    [Fact]
    public async Task The_csv_is_utf8_with_bom_one_row_per_target_and_only_approved_values()
    {
        await using var site = await SiteWithReportsAsync();
        using var client = site.Client();
        var response = await client.GetAsync("/plan/2023/data.csv", TestContext.Current.CancellationToken);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes[3..]);
        var rows = ParseCsv(text);

        Assert.Equal(["年度", "重点工作序号", "重点工作", "任务序号", "任务", "牵头单位", "责任单位", "指标编码", "指标", "比较方式", "目标值", "单位", "已完成(审核)", "完成率(%)", "状态", "数据截至"], rows[0]);
        Assert.All(rows, r => Assert.Equal(rows[0].Length, r.Length));
        var data = rows.Skip(1).ToList();
        var plan = await site.PlanAsync();
        var targetCount = plan.Chapters.Sum(c => c.Targets.Count + c.Tasks.Sum(t => Math.Max(1, t.Targets.Count)));
        Assert.Equal(targetCount, data.Count);
        Assert.Equal(29, data.Where(r => r[3] != "").Select(r => r[3]).Distinct().Count());
        var cattle = data.Single(r => r[7] == "2-new-cattle");
        Assert.Equal(["2023", "1", "提升产业发展水平", "2", "发展肉牛养殖产业", "农业农村局"], cattle[..6]);
        Assert.Equal(["新增肉牛", "不少于", "1200", "头"], cattle[8..12]);
        var employment = data.Single(r => r[7] == "11-transfer-employment");
        Assert.Equal(["转移就业", "不少于", "4000", "人", "1300", "32.5"], employment[8..14]);
        Assert.Equal("", data.Single(r => r[7] == "11-labour-migrant-employment")[12]); // only a rejected report: no figure
        foreach (var hidden in Hidden) Assert.DoesNotContain(hidden, text);
    }

    [Fact]
    public async Task The_json_keeps_chinese_readable_and_holds_only_plan_data_and_approved_values()
    {
        await using var site = await SiteWithReportsAsync();
        using var client = site.Client();
        var response = await client.GetAsync("/plan/2023/data.json", TestContext.Current.CancellationToken);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("\"新增肉牛\"", text);
        Assert.DoesNotContain("\\u65B0", text, StringComparison.OrdinalIgnoreCase);

        using var json = JsonDocument.Parse(text);
        var root = json.RootElement;
        Assert.Equal(2023, root.GetProperty("year").GetInt32());
        Assert.Equal(ProgressRule.Description, root.GetProperty("lightRule").GetString());
        var chapters = root.GetProperty("chapters").EnumerateArray().ToList();
        Assert.Equal(9, chapters.Count);
        var tasks = chapters.SelectMany(c => c.GetProperty("tasks").EnumerateArray()).ToList();
        Assert.Equal(Enumerable.Range(1, 29), tasks.Select(t => t.GetProperty("number").GetInt32()));
        var two = tasks[1];
        Assert.Equal("/plan/2023/tasks/2", two.GetProperty("url").GetString());
        Assert.Equal(["农业农村局"], two.GetProperty("leadUnits").EnumerateArray().Select(e => e.GetString()));
        var targets = Targets(json).ToList();
        Assert.Equal(1200m, targets.Single(t => t.GetProperty("key").GetString() == "2-new-cattle").GetProperty("targetValue").GetDecimal());
        Assert.Equal(1300m, targets.Single(t => t.GetProperty("key").GetString() == "11-transfer-employment").GetProperty("achieved").GetDecimal());
        Assert.Equal(JsonValueKind.Null, targets.Single(t => t.GetProperty("key").GetString() == "11-labour-migrant-employment").GetProperty("achieved").ValueKind);
        foreach (var hidden in Hidden) Assert.DoesNotContain(hidden, text);
        // Only plan fields and figures: nothing of a report but the approved value.
        var names = new HashSet<string>();
        Collect(root, names);
        Assert.Empty(names.Intersect(["narrative", "evidence", "owner", "modifiedBy", "contentItemId", "displayText"], StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>A site with an approved, a submitted and a rejected report (their narratives hold a name and phone number).</summary>
    private static async Task<PortalSite> SiteWithReportsAsync()
    {
        var site = await PortalSite.StartAsync();
        await site.ReportAsync(11, "转移就业", "2023-03", 1300, ReportFate.Approved, "人社局");
        await site.ReportAsync(11, "转移就业", "2023-04", 2777, ReportFate.Submitted, "人社局");
        await site.ReportAsync(11, "其中劳务移民就业", "2023-04", 2888, ReportFate.Rejected, "人社局");
        return site;
    }

    internal static IEnumerable<JsonElement> Targets(JsonDocument json) =>
        json.RootElement.GetProperty("chapters").EnumerateArray().SelectMany(c =>
            c.GetProperty("targets").EnumerateArray().Concat(
                c.GetProperty("tasks").EnumerateArray().SelectMany(t => t.GetProperty("targets").EnumerateArray())));

    private static void Collect(JsonElement element, HashSet<string> names)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var p in element.EnumerateObject())
            {
                names.Add(p.Name);
                Collect(p.Value, names);
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var e in element.EnumerateArray()) Collect(e, names);
        }
    }

    private static string[] Row(IXLWorksheet sheet, int row, int columns) =>
        Enumerable.Range(1, columns).Select(c => sheet.Cell(row, c).GetString()).ToArray();

    private static List<string[]> DataRows(IXLWorksheet sheet, int columns)
    {
        var last = sheet.LastRowUsed().RowNumber();
        return Enumerable.Range(4, last - 3).Select(r => Row(sheet, r, columns)).ToList();
    }

    /// <summary>RFC 4180: commas, quotes doubled inside quoted fields, CRLF line ends.</summary>
    internal static List<string[]> ParseCsv(string text)
    {
        if (text.Length > 0 && text[0] == '\uFEFF') text = text[1..];
        var rows = new List<string[]>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else field.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { fields.Add(field.ToString()); field.Clear(); }
            else if (c == '\r') { }
            else if (c == '\n')
            {
                fields.Add(field.ToString());
                field.Clear();
                rows.Add([.. fields]);
                fields.Clear();
            }
            else field.Append(c);
        }
        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            rows.Add([.. fields]);
        }
        return rows;
    }
}
