using System.Text.RegularExpressions;
using Jingyuan.Cms.Tests.TestSupport;

namespace Jingyuan.Cms.Tests.Plan;

/// <summary>
/// The official 2023 plan (seeds/plan-2023.txt) cut into its parts, so tests can hold the seed
/// recipe against the published text rather than against a second hand-typed copy.
/// </summary>
internal sealed partial class PlanText2023
{
    public sealed record Chapter(int Number, string Title, string Summary, List<int> TaskNumbers);

    /// <summary>A task as printed: "N.标题。正文", then its 牵头单位 and 责任单位 lines.</summary>
    public sealed record Task(int Number, string Title, string Text, List<string> LeadUnits, List<string> ResponsibleUnits)
    {
        public string Paragraph => Title + "。" + Text;
    }

    public sealed record Safeguard(int Number, string Title, string Text);

    public static PlanText2023 Instance { get; } = new(RepoFiles.ReadSeed("plan-2023.txt"));

    public string FullText { get; }
    public string Header { get; }
    public string Preamble { get; }
    public string GuidingIdeology { get; }
    public string Objectives { get; }
    public List<Chapter> Chapters { get; } = [];
    public Dictionary<int, Task> Tasks { get; } = [];
    public List<Safeguard> Safeguards { get; } = [];

    private const string Numerals = "一二三四五六七八九";

    private PlanText2023(string text)
    {
        FullText = text;
        var lines = text.Replace("\r", "").Split('\n').Select(l => l.Trim()).ToList();
        int Find(string line) => lines.IndexOf(line) is var i and >= 0 ? i : throw new InvalidOperationException(line);
        var guiding = Find("一、指导思想");
        var objectives = Find("二、目标任务");
        var keyWork = Find("三、重点工作");
        var safeguards = Find("四、保障措施");
        var attachments = lines.FindIndex(l => l.StartsWith("附件", StringComparison.Ordinal));

        var titleLine = Find("泾源县移民致富提升行动2023年实施方案");
        Header = string.Join("\n", lines.Take(titleLine));
        Preamble = lines[titleLine + 1];
        GuidingIdeology = lines[guiding + 1];
        Objectives = lines[objectives + 1];

        Chapter? chapter = null;
        for (var i = keyWork + 1; i < safeguards; i++)
        {
            if (ChapterLine().Match(lines[i]) is { Success: true } c)
            {
                var next = lines[i + 1];
                var summary = TaskLine().IsMatch(next) ? "" : next;
                chapter = new Chapter(Numerals.IndexOf(c.Groups[1].Value[0]) + 1, c.Groups[2].Value, summary, []);
                Chapters.Add(chapter);
            }
            else if (TaskLine().Match(lines[i]) is { Success: true } t)
            {
                var number = int.Parse(t.Groups[1].Value);
                var body = t.Groups[2].Value;
                var stop = body.IndexOf('。');
                // The unit lines run until the next task, chapter or section; 责任单位 may wrap (task 8).
                var tail = string.Concat(lines.Skip(i + 1).TakeWhile(l => !TaskLine().IsMatch(l) && !ChapterLine().IsMatch(l) && l != "四、保障措施"));
                var lead = Between(tail, "牵头单位：", "责任单位：");
                var responsible = tail[(tail.IndexOf("责任单位：", StringComparison.Ordinal) + "责任单位：".Length)..];
                Tasks[number] = new Task(number, body[..stop], body[(stop + 1)..], SplitUnits(lead), SplitUnits(responsible));
                chapter!.TaskNumbers.Add(number);
            }
        }
        for (var i = safeguards + 1; i < attachments; i++)
        {
            if (SafeguardLine().Match(lines[i]) is { Success: true } s)
            {
                Safeguards.Add(new Safeguard(Numerals.IndexOf(s.Groups[1].Value[0]) + 1, s.Groups[2].Value, s.Groups[3].Value));
            }
        }
    }

    private static string Between(string text, string start, string end)
    {
        var from = text.IndexOf(start, StringComparison.Ordinal) + start.Length;
        return text[from..text.IndexOf(end, from, StringComparison.Ordinal)];
    }

    private static List<string> SplitUnits(string units) =>
        units.Split('、', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();

    [GeneratedRegex(@"^（([一二三四五六七八九])）(.+)$")]
    private static partial Regex ChapterLine();

    [GeneratedRegex(@"^(\d{1,2})\.(.+)$")]
    private static partial Regex TaskLine();

    [GeneratedRegex(@"^（([一二三四五六])）([^。]+)。(.+)$")]
    private static partial Regex SafeguardLine();
}
