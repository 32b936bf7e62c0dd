using System.Text.RegularExpressions;
using Jingyuan.Cms.Plan;
using Jingyuan.Cms.Tests.TestSupport;

namespace Jingyuan.Cms.Tests.Plan;

/// <summary>
/// Every quantity in the published 2023 text is a target of the seed, under the task or chapter
/// whose paragraph states it, and the seed has no target the text does not state.
///
/// The rule for what counts: a number in the text is a target when it is an amount the county
/// commits to reach (a count, area, length, sum, rate) in that paragraph. It is context when it
/// names a document, model or slogan, dates the plan, or sizes the scope of another target
/// (listed in <see cref="Context"/> with the reason). Targets marked implied are the county's reading of
/// the words (a milestone, a share) and are held against <see cref="ImpliedBy"/> instead. Chinese numerals in the text are all names or
/// ordinals (二十大, 一村一年一事, 两不愁三保障, 三级诊疗, 第二届, 二期, 四查四补, 五年行动 ...)
/// except the two amounts written in words, listed in <see cref="WordFigures"/>.
/// </summary>
public sealed partial class SeedTargetFigureTests(SeededDatabase seeded) : IClassFixture<SeededDatabase>
{
    /// <summary>Text whose numbers are context, not targets, longest first so "2021-2023年" goes before "2023年".</summary>
    private static readonly (string Phrase, string Why)[] Context =
    [
        ("2021-2023年", "name of the employment plan 《2021-2023年实施移民务工就业推进计划》 (chapter 二)"),
        ("44个移民安置点", "how many sites the county has (task 11), the scope of the job ledger"),
        ("44个移民安置区", "how many sites the leaders cover (safeguard 二)"),
        ("35个移民村", "where the 500 breeding cows go (task 2), not a count to reach"),
        ("3年攻坚计划", "name of the infrastructure plan (chapter 三)"),
        ("“1+1+3”", "name of the grid management system (task 25)"),
        ("“55124”", "name of a governance model (task 23)"),
        ("“5223”", "name of a governance model (task 23)"),
        ("“123”", "name of the vegetable garden scheme (task 8)"),
        ("“9+3”", "name of the vocational funding scheme (task 17)"),
        ("3月20日", "issue date"),
        ("2023年", "the plan year"),
    ];

    /// <summary>Amounts written in words; each must appear in its paragraph.</summary>
    private static readonly (string Where, string Phrase, decimal Value)[] WordFigures =
    [
        ("task 3", "千亩", 1000m),
        ("task 18", "全覆盖", 100m),
        ("chapter 5", "全覆盖", 100m),
    ];

    /// <summary>
    /// Each implied target, the words of its task it is set from (none is a figure of the text) and where its
    /// figure comes from: reported, or computed from a chapter's ledgers when they hold both parts of the share.
    /// </summary>
    private static readonly (int Task, string Key, string Words, TargetSource Source)[] ImpliedBy =
    [
        (1, "1-tourism-villages", "冶家、泾光、新旗、园子村、大庄村、羊槽村等移民安置村旅游接待服务功能", TargetSource.Reported),
        (16, "16-jinghe-community-opened", "启动运营已建成的泾河社区服务功能", TargetSource.Reported),
        (17, "17-student-aid-coverage", "实施移民家庭经济困难学生资助政策", TargetSource.Reported),
        (20, "20-basic-insurance-coverage", "基本医疗保险、大病保险和医疗救助三重保障待遇", TargetSource.Computed),
        (20, "20-serious-illness-coverage", "基本医疗保险、大病保险和医疗救助三重保障待遇", TargetSource.Computed),
        (20, "20-medical-assistance-coverage", "基本医疗保险、大病保险和医疗救助三重保障待遇", TargetSource.Computed),
        // The assistance ledger holds those assisted, not everyone eligible: the share is reported.
        (21, "21-assistance-coverage", "对符合条件的及时纳入社会救助兜底保障范围", TargetSource.Reported),
        (22, "22-land-rights-confirmed", "保障劳务移民原籍土地承包权益", TargetSource.Computed),
        (25, "25-sites-with-migrant-grid-workers", "移民占网格员队伍一定比例", TargetSource.Reported),
    ];

    private readonly PlanYear plan = seeded.Plan;
    private static PlanText2023 Text => PlanText2023.Instance;

    [Fact]
    public void Every_task_states_exactly_the_figures_of_its_targets()
    {
        foreach (var task in plan.Chapters.SelectMany(c => c.Tasks))
        {
            var expected = FiguresIn($"task {task.Number}", Text.Tasks[task.Number].Paragraph);
            var stated = Sorted(task.Targets.Where(t => !t.Implied).Select(t => t.TargetValue));
            Assert.True(Sorted(expected).SequenceEqual(stated),
                $"task {task.Number}: text has [{string.Join(", ", Sorted(expected))}], seed has [{string.Join(", ", stated)}]");
        }
    }

    [Fact]
    public void Every_chapter_summary_states_exactly_the_figures_of_its_chapter_targets()
    {
        foreach (var chapter in plan.Chapters)
        {
            var summary = Text.Chapters.Single(c => c.Number == chapter.Number).Summary;
            Assert.Equal(Sorted(FiguresIn($"chapter {chapter.Number}", summary)), Sorted(chapter.Targets.Where(t => !t.Implied).Select(t => t.TargetValue)));
        }
    }

    /// <summary>
    /// A figure stated plainly (新增肉牛1200头) is a floor, as are 以上/不少于/达到; only 左右 makes it
    /// "about" and 以内/不超过 "at most". The plan never says "exactly".
    /// </summary>
    [Fact]
    public void Every_target_compares_as_its_text_words_it()
    {
        var stated = plan.Chapters.SelectMany(c => c.Tasks.Select(t => ($"task {t.Number}", t.Targets))
            .Append(($"chapter {c.Number}", c.Targets)));
        foreach (var (where, targets) in stated)
        {
            foreach (var target in targets.Where(t => !t.Implied))
            {
                Assert.True(ComparisonInText(where, target.TargetValue) == target.Comparison,
                    $"{target.Key}: the text says {ComparisonInText(where, target.TargetValue)}, the seed {target.Comparison}");
            }
        }
    }

    [Fact]
    public void Implied_targets_are_exactly_those_listed_each_set_from_words_of_its_task_with_their_source()
    {
        var implied = plan.Chapters.SelectMany(c => c.Targets.Select(t => (Task: 0, Target: t))
                .Concat(c.Tasks.SelectMany(task => task.Targets.Select(t => (Task: task.Number, Target: t)))))
            .Where(t => t.Target.Implied).ToList();
        Assert.Equal(ImpliedBy.Select(i => (i.Task, i.Key)), implied.Select(i => (i.Task, i.Target.Key)));
        foreach (var (task, key, words, source) in ImpliedBy)
        {
            Assert.Contains(words, Text.Tasks[task].Paragraph);
            var target = implied.Single(i => i.Target.Key == key).Target;
            Assert.Equal(source, target.Source);
            Assert.Equal(TargetComparison.AtLeast, target.Comparison);
        }
    }

    private static TargetComparison ComparisonInText(string where, decimal value)
    {
        var text = WithoutContext(ParagraphOf(where));
        var figure = Figure().Matches(text).FirstOrDefault(m => Amount(m) == value);
        if (figure is null)
        {
            return TargetComparison.AtLeast; // a word figure (千亩, 全覆盖)
        }
        var end = text.IndexOfAny(['，', '。', '；', '、'], figure.Index);
        var phrase = text[Math.Max(0, figure.Index - 3)..(end < 0 ? text.Length : end)];
        return phrase.Contains("左右") ? TargetComparison.About
            : phrase.Contains("以内") || phrase.Contains("不超过") ? TargetComparison.AtMost
            : TargetComparison.AtLeast;
    }

    [Fact]
    public void Header_goals_and_safeguards_hold_no_target_figures()
    {
        Assert.Empty(FiguresIn("header", Text.Header));
        Assert.Empty(FiguresIn("preamble", Text.Preamble));
        Assert.Empty(FiguresIn("goals", Text.GuidingIdeology + Text.Objectives));
        foreach (var safeguard in Text.Safeguards)
        {
            Assert.Empty(FiguresIn($"safeguard {safeguard.Number}", safeguard.Text));
        }
    }

    [Fact]
    public void Word_figures_and_context_phrases_are_really_in_the_text()
    {
        foreach (var (phrase, why) in Context)
        {
            Assert.True(Text.FullText.Contains(phrase), $"{phrase} ({why})");
        }
        foreach (var (where, phrase, _) in WordFigures)
        {
            Assert.Contains(phrase, ParagraphOf(where));
        }
    }

    /// <summary>The amounts of a paragraph: digits (with 万 = ×10000) less context, plus its word figures.</summary>
    private static List<decimal> FiguresIn(string where, string paragraph)
    {
        var figures = Figure().Matches(WithoutContext(paragraph)).Select(Amount).ToList();
        figures.AddRange(WordFigures.Where(w => w.Where == where).Select(w => w.Value));
        return figures;
    }

    private static string WithoutContext(string paragraph) =>
        Context.OrderByDescending(c => c.Phrase.Length).Aggregate(paragraph, (t, c) => t.Replace(c.Phrase, " "));

    private static decimal Amount(Match m) => decimal.Parse(m.Groups[1].Value) * (m.Groups[2].Success ? 10000m : 1m);

    private static string ParagraphOf(string where) => where.Split(' ') switch
    {
        ["task", var n] => Text.Tasks[int.Parse(n)].Paragraph,
        ["chapter", var n] => Text.Chapters.Single(c => c.Number == int.Parse(n)).Summary,
        _ => throw new ArgumentException(where),
    };

    private static List<decimal> Sorted(IEnumerable<decimal> values) => values.Select(v => v / 1.0000000000m).Order().ToList();

    [GeneratedRegex(@"(\d+(?:\.\d+)?)(万)?")]
    private static partial Regex Figure();
}
