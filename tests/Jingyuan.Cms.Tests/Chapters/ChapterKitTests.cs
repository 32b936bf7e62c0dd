using System.Text.Json.Nodes;
using Jingyuan.Cms.Chapters;
using Jingyuan.Cms.Content;
using Jingyuan.Cms.People;

namespace Jingyuan.Cms.Tests.Chapters;

/// <summary>The chapter kit without a web host: declarations, typed records, handlers and validation.</summary>
public sealed class ChapterKitTests
{
    public sealed class Sample : ChapterRecord
    {
        public string? Kind { get; set; }
        public string? Derived { get; set; }
        public decimal? Amount { get; set; }
        public DateOnly? Day { get; set; }
        public int? Village { get; set; }
        public bool? Done { get; set; }
        public string? OwnerName { get; set; }
        public string? Note { get; set; }
    }

    private sealed class SampleChapter(Action<ChapterBuilder>? more = null) : ChapterDefinition
    {
        public override int PlanChapter => 42;
        public override string Slug => "sample";
        public override string Title => "示例章";

        public override void Define(ChapterBuilder chapter)
        {
            chapter.Record<Sample>("示例台账", r => r
                .Describe("说明").Public()
                .Choice(x => x.Kind, "类别", ["甲", "乙"]).Required().Filterable()
                .Text(x => x.Derived, "派生")
                .Number(x => x.Amount, "金额", "万元").Range(0, 100)
                .Date(x => x.Day, "日期")
                .Site(x => x.Village, "村")
                .YesNo(x => x.Done, "完成")
                .Text(x => x.OwnerName, "姓名").MaxLength(20).Personal()
                .LongText(x => x.Note, "备注"))
                .Rules(TargetRule.Sum("42-amount", nameof(Sample), nameof(Sample.Amount), FieldCondition.OneOf(nameof(Sample.Kind), "甲")));
            more?.Invoke(chapter);
        }
    }

    public sealed class Worker : PersonRecord
    {
        public string? Employer { get; set; }
    }

    [Fact]
    public void A_people_ledger_opens_with_the_person_block_personal_checked_and_named_as_the_person_page_expects()
    {
        var chapter = Describe(c => c.Record<Worker>("务工人员", r => r.PersonDetails(phoneRequired: true).Text(x => x.Employer, "就业单位")));
        var shape = chapter.RecordShapes.Single(s => s.Type.Name == nameof(Worker));

        Assert.Equal([PersonFields.Name, PersonFields.IdNumber, PersonFields.Phone, PersonFields.Household, PersonFields.Site, "Employer"],
            shape.Fields.Select(f => f.Name));
        Assert.Equal([PersonFields.Name, PersonFields.IdNumber, PersonFields.Phone, PersonFields.Household],
            shape.Fields.Where(f => f.Settings.Personal).Select(f => f.Name));
        var id = shape.Fields.Single(f => f.Name == PersonFields.IdNumber);
        Assert.Equal((true, true, TextFormat.ChineseIdNumber), (id.Required, id.Settings.Indexed, id.Settings.Format));
        Assert.True(shape.Fields.Single(f => f.Name == PersonFields.Phone).Required);
        Assert.Contains(PersonFields.Site, shape.FilterFields);
    }

    private static ChapterDescriptor Describe(Action<ChapterBuilder>? more = null) => new SampleChapter(more).Describe("Sample");

    [Fact]
    public void A_declaration_gives_the_type_its_fields_in_order_with_kinds_settings_and_the_module_id()
    {
        var chapter = Describe();
        var shape = Assert.Single(chapter.RecordShapes);

        Assert.Equal(("Sample", "示例台账", "Sample", true), (shape.Type.Name, shape.Type.DisplayName, shape.Type.ModuleId, shape.Type.PublicVisible));
        Assert.Equal(["Sample"], shape.Type.Parts);
        Assert.Equal(["Kind", "Derived", "Amount", "Day", "Village", "Done", "OwnerName", "Note"], shape.Fields.Select(f => f.Name));
        Assert.Equal(shape.Fields.Select(f => f.Order).Order(), shape.Fields.Select(f => f.Order));
        var amount = shape.Fields.Single(f => f.Name == "Amount");
        Assert.Equal((FieldKind.Number, "万元", 0m, 100m, true), (amount.Kind, amount.Settings.Unit, amount.Settings.Min, amount.Settings.Max, amount.Settings.Indexed));
        // What sums, counts and filters can use is indexed by default; free text and personal fields are not.
        Assert.Equal(["Kind", "Amount", "Day", "Village", "Done"], shape.Fields.Where(f => f.Settings.Indexed).Select(f => f.Name));
        Assert.True(shape.Fields.Single(f => f.Name == "OwnerName").Settings.Personal);
        Assert.Equal(["Kind"], chapter.FilterFields);
        Assert.Equal((42, "Sample"), (chapter.PlanChapter, chapter.ModuleId));
    }

    [Fact]
    public void A_field_declared_twice_is_refused_at_declaration()
    {
        var twice = new SampleChapter(c => c.Record<Sample>("重复", r => r.Text(x => x.Kind, "甲").Text(x => x.Kind, "乙")));
        Assert.Contains("declared twice", Assert.Throws<InvalidOperationException>(() => twice.Describe("Sample")).Message);
    }

    [Fact]
    public void A_record_reads_typed_values_and_writes_back_only_what_changed()
    {
        var item = new ContentItem { ContentType = "Sample" };
        item.Set("Kind", "甲").Set("Amount", JsonValue.Create("12.5")).Set("Day", "2023-05-01").Set("Village", 7).Set("Done", true).Set("Other", "留着");

        var record = ChapterRecords.Read<Sample>(item);
        Assert.Equal(("甲", 12.5m, new DateOnly(2023, 5, 1), 7, true), (record.Kind, record.Amount, record.Day, record.Village, record.Done));
        Assert.Null(record.Note);

        record.Derived = "由类别得出";
        ChapterRecords.WriteChanges(record, item);
        Assert.Equal("由类别得出", item.GetText("Derived"));
        Assert.Equal("12.5", item.Data["Amount"]!.ToString()); // unchanged values keep their stored form
        Assert.Equal("留着", item.GetText("Other"));               // fields the class does not know stay
    }

    private sealed class SampleHandler : RecordHandler<Sample>
    {
        protected override void Derive(Sample record, ContentItem item) => record.Derived = record.Kind + "类";

        protected override void Validate(Sample record, ContentItem item, RecordErrors<Sample> errors)
        {
            record.Kind = "被改动"; // a check that tries to change the record changes only its copy
            if (record.Amount > 50) errors.Add(x => x.Amount, "太多");
        }
    }

    [Fact]
    public async Task A_record_handler_derives_before_it_validates_sees_only_its_type_and_cannot_change_the_item()
    {
        var handler = new SampleHandler();
        var item = new ContentItem { ContentType = "Sample" }.Set("Kind", "乙").Set("Amount", 60);
        var errors = new Dictionary<string, string[]>();

        await handler.DerivingAsync(item);
        await handler.ValidatingAsync(item, errors);

        Assert.Equal("乙类", item.GetText("Derived"));
        Assert.Equal("乙", item.GetText("Kind"));
        Assert.Equal(["太多"], errors["Amount"]);

        var other = new ContentItem { ContentType = "Notice" }.Set("Amount", 60);
        var none = new Dictionary<string, string[]>();
        await handler.DerivingAsync(other);
        await handler.ValidatingAsync(other, none);
        Assert.Empty(none);
        Assert.Null(other.GetText("Derived"));
    }

    [Fact]
    public void Every_disagreement_between_a_chapters_parts_is_reported_by_name()
    {
        var broken = Describe(c => c
            .Rules(
                TargetRule.Sum("42-amount", nameof(Sample), nameof(Sample.Amount)),
                TargetRule.Sum("42-note", nameof(Sample), nameof(Sample.Note)),
                TargetRule.Count("42-bad-value", nameof(Sample), FieldCondition.OneOf(nameof(Sample.Kind), "丙")),
                TargetRule.Count("42-missing", "NoSuchType")));
        var other = new SampleChapter().Describe("Other");

        var problems = string.Join("\n", ChapterValidation.Problems([broken, other]));

        Assert.Contains("指标 42-amount 由多条计算规则认领", problems);
        Assert.Contains("读取的字段 Sample.Note 不存在或未索引", problems);
        Assert.Contains("“丙”不是 Sample.Kind 的选项", problems);
        Assert.Contains("台账类型 NoSuchType 没有声明", problems);
        Assert.Contains("方案第 42 章被多个模块认领：Sample、Other", problems);
        Assert.Contains("/admin/chapters/sample 被多个模块使用", problems);
        Assert.Empty(ChapterValidation.Problems([Describe()]));
    }

    public sealed class MonthlyReport : PersonRecord
    {
        public DateOnly? LedgerMonth { get; set; }
        public string? Note { get; set; }
    }

    [Fact]
    public void A_ledger_kept_monthly_names_its_month_field_in_the_type_and_only_a_declared_date_field_is_accepted()
    {
        var good = Describe(c => c.Record<MonthlyReport>("月报", r => r.PersonDetails().Date(x => x.LedgerMonth, "报告月份").KeptMonthly(x => x.LedgerMonth)));
        var onText = new SampleChapter(c => c.Record<MonthlyReport>("月报", r => r.PersonDetails().Text(x => x.Note, "备注").KeptMonthly(x => x.Note))).Describe("OnText");
        var undeclared = new SampleChapter(c => c.Record<MonthlyReport>("月报", r => r.PersonDetails().KeptMonthly(x => x.LedgerMonth))).Describe("Undeclared");

        Assert.Equal(nameof(MonthlyReport.LedgerMonth), good.RecordShapes.Single(s => s.Type.Name == nameof(MonthlyReport)).Type.LedgerMonthField);
        Assert.Null(good.RecordShapes.Single(s => s.Type.Name == nameof(Sample)).Type.LedgerMonthField);
        Assert.Empty(ChapterValidation.Problems([good]));
        Assert.Contains("台账 MonthlyReport 按月维护的字段 Note 不是本台账已声明的日期字段", string.Join("\n", ChapterValidation.Problems([onText])));
        Assert.Contains("台账 MonthlyReport 按月维护的字段 LedgerMonth 不是本台账已声明的日期字段", string.Join("\n", ChapterValidation.Problems([undeclared])));
    }
}
