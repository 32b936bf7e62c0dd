using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using ClosedXML.Excel;
using Jingyuan.Cms.Plan;
using Jingyuan.Cms.Spreadsheets;
using Microsoft.Extensions.Localization;

namespace Jingyuan.Cms.Web.Portal;

/// <summary>
/// The year's open data: an Excel workbook laid out like the plan's attachments 3 and 4, a CSV and
/// a JSON file. Everything comes from a <see cref="PlanOverview"/>: the plan's own text and the
/// achieved values of <see cref="ITargetProgressService"/> (approved figures only). No progress
/// report is read here, so no narrative, no person and no unapproved figure can appear.
/// </summary>
public sealed class PortalExports(IStringLocalizer<PortalExports> T)
{
    public static readonly JsonSerializerOptions JsonOptions = new()
    {
        // Chinese stays readable; HTML-sensitive characters are still escaped.
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
    };

    public const string TaskSheet = "项目任务清单";
    public const string DutySheet = "责任清单";
    public const string NotesSheet = "说明";

    // ---------- Excel ----------

    public byte[] Workbook(PlanOverview overview)
    {
        using var book = new XLWorkbook();
        WriteTaskSheet(book.AddWorksheet(TaskSheet), overview);
        WriteDutySheet(book.AddWorksheet(DutySheet), overview);
        WriteNotesSheet(book.AddWorksheet(NotesSheet), overview);
        return SpreadsheetSafety.Save(book);
    }

    /// <summary>Attachment 3 (项目任务清单): one row per target; a task without targets gets one row.</summary>
    private void WriteTaskSheet(IXLWorksheet sheet, PlanOverview o)
    {
        string[] headers = [T["序号"], T["重点工作"], T["任务"], T["指标"], T["目标值"], T["单位"], T["已完成(审核)"], T["完成率"], T["状态"]];
        var row = WriteTitle(sheet, T["附件3：泾源县{0}年移民安置区致富提升项目任务清单", o.Year], o, headers, [8, 22, 28, 40, 12, 10, 14, 10, 10]);
        foreach (var line in Lines(o))
        {
            if (line.Task is not null) sheet.Cell(row, 1).SetValue(line.Task.Number);
            sheet.Cell(row, 2).SetValue(PortalFormat.ChapterHeading(line.Chapter));
            sheet.Cell(row, 3).SetValue(line.Task?.Title ?? T["本方面总体指标"].Value);
            if (line.Target is { } p)
            {
                var word = PortalFormat.ComparisonWord(p.Target.Comparison);
                sheet.Cell(row, 4).SetValue(word.Length > 0 ? $"{p.Target.Description}（{word}）" : p.Target.Description);
                sheet.Cell(row, 5).SetValue(p.Target.TargetValue);
                sheet.Cell(row, 6).SetValue(p.Target.Unit);
                if (p.Achieved is { } achieved) sheet.Cell(row, 7).SetValue(achieved);
                var percent = sheet.Cell(row, 8);
                percent.SetValue(Math.Round(p.Percent / 100m, 3));
                percent.Style.NumberFormat.Format = "0.0%";
                sheet.Cell(row, 9).SetValue(T[Completion.Words(p.Light)].Value);
            }
            else
            {
                sheet.Cell(row, 4).SetValue(T["未设量化指标"].Value);
                sheet.Cell(row, 9).SetValue(T["未评估"].Value);
            }
            row++;
        }
        Finish(sheet, row - 1, headers.Length);
    }

    /// <summary>Attachment 4 (责任清单): one row per task.</summary>
    private void WriteDutySheet(IXLWorksheet sheet, PlanOverview o)
    {
        string[] headers = [T["序号"], T["任务"], T["牵头单位"], T["责任单位"], T["主要指标"]];
        var row = WriteTitle(sheet, T["附件4：泾源县{0}年移民安置区致富提升行动项目、责任清单", o.Year], o, headers, [8, 30, 22, 46, 60]);
        foreach (var task in o.Tasks)
        {
            sheet.Cell(row, 1).SetValue(task.Task.Number);
            sheet.Cell(row, 2).SetValue(task.Task.Title);
            sheet.Cell(row, 3).SetValue(UnitNames(o, task.Task.LeadUnitIds));
            sheet.Cell(row, 4).SetValue(UnitNames(o, task.Task.ResponsibleUnitIds));
            sheet.Cell(row, 5).SetValue(MainTargets(task));
            row++;
        }
        Finish(sheet, row - 1, headers.Length);
    }

    private void WriteNotesSheet(IXLWorksheet sheet, PlanOverview o)
    {
        (string, string)[] notes =
        [
            (T["方案"], o.Plan.Title),
            (T["印发单位"], o.Plan.IssuedBy),
            (T["印发日期"], o.Plan.IssuedOn is { } d ? PortalFormat.Iso(d) : ""),
            (T["数据截至"], PortalFormat.Iso(o.AsOf)),
            (T["时间进度"], PortalFormat.Percent(o.ElapsedPercent)),
            (T["总体完成率"], PortalFormat.Percent(o.OverallPercent)),
            (T["数据范围"], T["已完成值仅含审核通过并发布的进度数据；未审核、退回和撤回的报送不计入。"]),
            (T["完成率计算方法"], T[PortalText.CompletionMethod]),
            (T["红黄绿灯规则"], T[ProgressRule.Description]),
            (T["任务状态"], T[PortalText.TaskLightMethod]),
        ];
        var row = 1;
        foreach (var (name, text) in notes)
        {
            sheet.Cell(row, 1).SetValue(name);
            sheet.Cell(row, 1).Style.Font.Bold = true;
            sheet.Cell(row, 2).SetValue(text);
            sheet.Cell(row, 2).Style.Alignment.WrapText = true;
            row++;
        }
        sheet.Column(1).Width = 16;
        sheet.Column(2).Width = 100;
    }

    private int WriteTitle(IXLWorksheet sheet, string title, PlanOverview o, string[] headers, int[] widths)
    {
        var titleRange = sheet.Range(1, 1, 1, headers.Length);
        titleRange.Merge();
        titleRange.FirstCell().SetValue(title);
        titleRange.Style.Font.Bold = true;
        titleRange.Style.Font.FontSize = 14;
        titleRange.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
        var noteRange = sheet.Range(2, 1, 2, headers.Length);
        noteRange.Merge();
        noteRange.FirstCell().SetValue(T["数据截至{0}；已完成值仅含审核通过的数据；完成率与状态的计算方法见“说明”工作表。", PortalFormat.Iso(o.AsOf)].Value);
        noteRange.Style.Font.FontSize = 10;
        for (var c = 0; c < headers.Length; c++)
        {
            var cell = sheet.Cell(HeaderRow, c + 1);
            cell.SetValue(headers[c]);
            cell.Style.Font.Bold = true;
            cell.Style.Fill.BackgroundColor = XLColor.LightGray;
            cell.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
            sheet.Column(c + 1).Width = widths[c];
        }
        sheet.SheetView.FreezeRows(HeaderRow);
        return HeaderRow + 1;
    }

    /// <summary>Row of the column headers in both list sheets (title and note above it).</summary>
    public const int HeaderRow = 3;

    private static void Finish(IXLWorksheet sheet, int lastRow, int columns)
    {
        var table = sheet.Range(HeaderRow, 1, Math.Max(HeaderRow, lastRow), columns);
        table.Style.Border.InsideBorder = XLBorderStyleValues.Thin;
        table.Style.Border.OutsideBorder = XLBorderStyleValues.Thin;
        table.Style.Alignment.WrapText = true;
        table.Style.Alignment.Vertical = XLAlignmentVerticalValues.Center;
    }

    // ---------- CSV ----------

    /// <summary>UTF-8 with a byte-order mark, so Excel opens the Chinese text correctly; one row per target.</summary>
    public byte[] Csv(PlanOverview o)
    {
        var sb = new StringBuilder();
        string[] headers =
        [
            T["年度"], T["重点工作序号"], T["重点工作"], T["任务序号"], T["任务"], T["牵头单位"], T["责任单位"],
            T["指标编码"], T["指标"], T["比较方式"], T["目标值"], T["单位"], T["已完成(审核)"], T["完成率(%)"], T["状态"], T["数据截至"],
        ];
        AppendCsv(sb, headers);
        foreach (var line in Lines(o))
        {
            var p = line.Target;
            AppendCsv(sb,
            [
                o.Year.ToString(CultureInfo.InvariantCulture),
                line.Chapter.Number.ToString(CultureInfo.InvariantCulture),
                line.Chapter.Title,
                line.Task?.Number.ToString(CultureInfo.InvariantCulture) ?? "",
                line.Task?.Title ?? "",
                line.Task is null ? "" : UnitNames(o, line.Task.LeadUnitIds),
                line.Task is null ? "" : UnitNames(o, line.Task.ResponsibleUnitIds),
                p?.Target.Key ?? "",
                p?.Target.Description ?? "",
                p is null ? "" : ComparisonText(p.Target.Comparison),
                p is null ? "" : PortalFormat.Number(p.Target.TargetValue),
                p?.Target.Unit ?? "",
                p?.Achieved is { } a ? PortalFormat.Number(a) : "",
                p is null ? "" : p.Percent.ToString("0.#", CultureInfo.InvariantCulture),
                p is null ? T["未评估"] : T[Completion.Words(p.Light)],
                PortalFormat.Iso(o.AsOf),
            ]);
        }
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(sb.ToString())];
    }

    private static void AppendCsv(StringBuilder sb, IEnumerable<string> fields)
    {
        // Text starting with = + - @ would run as a formula in Excel: SpreadsheetSafety marks it as text.
        sb.AppendJoin(',', fields.Select(SpreadsheetSafety.CsvField));
        sb.Append("\r\n");
    }

    // ---------- JSON ----------

    public byte[] Json(PlanOverview o) => JsonSerializer.SerializeToUtf8Bytes(OpenData(o), JsonOptions);

    public OpenDataYear OpenData(PlanOverview o) => new(
        o.Year, o.Plan.Title, o.Plan.IssuedBy, o.Plan.IssuedOn,
        o.AsOf, o.ElapsedPercent, o.OverallPercent,
        T[PortalText.CompletionMethod], T[ProgressRule.Description], T[PortalText.TaskLightMethod],
        T["已完成值仅含审核通过并发布的进度数据。"],
        o.Chapters.Select(c => new OpenDataChapter(
            c.Chapter.Number, c.Chapter.Title, PlanUrls.Chapter(o.Year, c.Chapter.Number), c.Percent, Light(c.Light),
            c.Targets.Select(OpenTarget).ToList(),
            c.Tasks.Select(t => new OpenDataTask(
                t.Task.Number, t.Task.Title, PlanUrls.Task(o.Year, t.Task.Number),
                o.Units(t.Task.LeadUnitIds).Select(d => d.Name).ToList(),
                o.Units(t.Task.ResponsibleUnitIds).Select(d => d.Name).ToList(),
                t.Task.Places, t.Percent, Light(t.Light),
                t.Targets.Select(OpenTarget).ToList())).ToList())).ToList());

    private OpenDataTarget OpenTarget(TargetProgress p) => new(
        p.Target.Key, p.Target.Description, p.Target.Unit, p.Target.Comparison, p.Target.TargetValue,
        p.Achieved, p.Percent, Light(p.Light), p.Computed ? "computed" : "reported");

    private OpenDataLight? Light(ProgressLight? light) =>
        light is null ? null : new OpenDataLight(Completion.BadgeValue(light)!, T[Completion.Words(light)]);

    // ---------- shared ----------

    private sealed record Line(PlanChapter Chapter, PlanTask? Task, TargetProgress? Target);

    /// <summary>Rows of the task list: each chapter's own targets, then each task's targets (or the task alone).</summary>
    private static IEnumerable<Line> Lines(PlanOverview o)
    {
        foreach (var chapter in o.Chapters)
        {
            foreach (var p in chapter.Targets) yield return new Line(chapter.Chapter, null, p);
            foreach (var task in chapter.Tasks)
            {
                if (task.Targets.Count == 0) yield return new Line(chapter.Chapter, task.Task, null);
                foreach (var p in task.Targets) yield return new Line(chapter.Chapter, task.Task, p);
            }
        }
    }

    private static string UnitNames(PlanOverview o, IEnumerable<int> ids) => string.Join("、", o.Units(ids).Select(d => d.Name));

    private string MainTargets(TaskOverview task) => task.Targets.Count == 0
        ? T["未设量化指标"]
        : string.Join("；", task.Targets.Select(p => $"{p.Target.Description}{PortalFormat.TargetValue(p.Target).Replace(" ", "")}"));

    private string ComparisonText(TargetComparison c) => c switch
    {
        TargetComparison.AtLeast => T["不少于"],
        TargetComparison.AtMost => T["不超过"],
        TargetComparison.About => T["左右"],
        _ => T["等于"],
    };
}

public sealed record OpenDataYear(
    int Year, string Title, string IssuedBy, DateOnly? IssuedOn,
    DateOnly AsOf, decimal ElapsedPercent, decimal? OverallPercent,
    string CompletionMethod, string LightRule, string TaskLightMethod, string Note,
    IReadOnlyList<OpenDataChapter> Chapters);

public sealed record OpenDataChapter(
    int Number, string Title, string Url, decimal? Percent, OpenDataLight? Light,
    IReadOnlyList<OpenDataTarget> Targets, IReadOnlyList<OpenDataTask> Tasks);

public sealed record OpenDataTask(
    int Number, string Title, string Url, IReadOnlyList<string> LeadUnits, IReadOnlyList<string> ResponsibleUnits,
    IReadOnlyList<string> Places, decimal? Percent, OpenDataLight? Light, IReadOnlyList<OpenDataTarget> Targets);

public sealed record OpenDataTarget(
    string Key, string Description, string Unit, TargetComparison Comparison, decimal TargetValue,
    decimal? Achieved, decimal Percent, OpenDataLight? Light, string Source);

public sealed record OpenDataLight(string Code, string Text);
