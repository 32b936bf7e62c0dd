using Jingyuan.Cms.Chapters;
using Jingyuan.Cms.Content;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Jingyuan.Cms.Tests.Chapters;

/// <summary>Explanations are generated from the rule, with the type's and fields' labels.</summary>
public sealed class RuleExplainerTests
{
    private static readonly RuleExplainer Explainer = new(new OneType(), new StringLocalizer<RuleExplainer>(
        new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance)));

    [Fact]
    public async Task Each_kind_is_told_in_words_with_labels_and_conditions()
    {
        Assert.Equal("产业类别为“肉牛”的已发布村集体经济收入台账“新增肉牛”之和",
            await Explainer.ExplainAsync(TargetRule.Sum("k", "P", "NewCattle", FieldCondition.OneOf("Industry", "肉牛"))));
        Assert.Equal("收入不低于10万元的已发布村集体经济收入台账涉及的“村”个数（同一村只计一次）",
            await Explainer.ExplainAsync(TargetRule.DistinctCount("k", "P", "Village", FieldCondition.AtLeast("Income", 10m))));
        Assert.Equal("收入在1万元至5万元之间、“日期”在当年的已发布村集体经济收入台账记录条数",
            await Explainer.ExplainAsync(TargetRule.Count("k", "P", FieldCondition.Between("Income", 1m, 5m)).DatedBy("On")));
        Assert.Equal("已发布村集体经济收入台账“收入”之和占“新增肉牛”之和的百分比",
            await Explainer.ExplainAsync(TargetRule.Ratio("k", "P", "Income", "NewCattle")));
        Assert.Equal("有产业类别为“肉牛”或“肉羊”的已发布村集体经济收入台账的安置点占全部安置点的百分比",
            await Explainer.ExplainAsync(TargetRule.Share("k", "P", "Village", FieldCondition.OneOf("Industry", "肉牛", "肉羊"))));
        Assert.Equal("日期不高于2024-06-30的已发布村集体经济收入台账已填写“日期”即为完成",
            await Explainer.ExplainAsync(TargetRule.Milestone("k", "P", "On", FieldCondition.AtMost("On", new DateOnly(2024, 6, 30)))));
    }

    [Fact]
    public async Task A_rules_own_explanation_wins()
    {
        Assert.Equal("自定说明", await Explainer.ExplainAsync(TargetRule.Count("k", "P").ExplainedAs("自定说明")));
    }

    private sealed class OneType : IContentDefinitionManager
    {
        public Task<ResolvedContentType?> GetTypeAsync(string name) => Task.FromResult<ResolvedContentType?>(name switch
        {
            "P" => new ResolvedContentType(new ContentTypeDefinition { Name = "P", DisplayName = "村集体经济收入台账" }, [new ContentPartDefinition
            {
                Name = "P",
                Fields =
                [
                    new() { Name = "Village", Label = "村", Kind = FieldKind.Site },
                    new() { Name = "Income", Label = "收入", Kind = FieldKind.Number, Settings = new() { Unit = "万元" } },
                    new() { Name = "On", Label = "日期", Kind = FieldKind.Date },
                    new() { Name = "Industry", Label = "产业类别", Kind = FieldKind.Choice },
                    new() { Name = "NewCattle", Label = "新增肉牛", Kind = FieldKind.Number },
                ],
            }]),
            _ => null,
        });
        public Task<IReadOnlyList<ContentTypeDefinition>> ListTypesAsync(bool includeDisabledModules = false) => throw new NotSupportedException();
        public Task<ContentPartDefinition?> GetPartAsync(string name) => throw new NotSupportedException();
        public Task SaveTypeAsync(ContentTypeDefinition type) => throw new NotSupportedException();
        public Task SavePartAsync(ContentPartDefinition part) => throw new NotSupportedException();
        public Task DeleteTypeAsync(string name) => throw new NotSupportedException();
    }
}
