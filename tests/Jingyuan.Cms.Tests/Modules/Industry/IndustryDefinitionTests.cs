using System.Text.Json;
using Jingyuan.Cms.Chapters;
using Jingyuan.Cms.Content;
using Jingyuan.Cms.Modules.Industry;
using Jingyuan.Cms.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Jingyuan.Cms.Tests.Modules.Industry;

/// <summary>The chapter's content types and rules agree with each other and with the plan.</summary>
public sealed class IndustryDefinitionTests
{
    private static readonly ChapterDescriptor Descriptor = new IndustryChapter().Describe("Industry");

    [Fact]
    public async Task Tourism_operators_names_and_phones_are_personal_data()
    {
        await using var site = new CmsWebFactory();
        var type = await TypeAsync(site, "TourismOperator");
        Assert.Equal(["OwnerName", "OwnerPhone"], type.Fields.Where(f => f.Settings.Personal).Select(f => f.Name).Order());
        Assert.Equal(["IndustryProject", "TourismOperator", "ConsumptionPurchase"],
            Descriptor.RecordTypes);
    }

    [Fact]
    public async Task Every_rule_sums_an_indexed_number_under_conditions_on_indexed_choices()
    {
        await using var site = new CmsWebFactory();
        foreach (var rule in Descriptor.Rules)
        {
            var type = await TypeAsync(site, rule.ContentType);
            var sum = type.Field(rule.SumField!);
            Assert.True(sum is { Kind: FieldKind.Number, Settings.Indexed: true }, $"{rule.TargetKey}: {rule.SumField}");
            foreach (var condition in rule.Where)
            {
                var field = type.Field(condition.Field);
                Assert.True(field is { Kind: FieldKind.Choice, Settings.Indexed: true }, $"{rule.TargetKey}: {condition.Field}");
                Assert.All(condition.Values, v => Assert.Contains(v, field!.Settings.Options));
            }
        }
    }

    [Fact]
    public void Every_computed_target_of_tasks_1_to_10_has_exactly_one_rule()
    {
        using var recipe = JsonDocument.Parse(RepoFiles.ReadSeed(SeededPlan.SeedFile));
        var computed = recipe.RootElement.GetProperty("steps").EnumerateArray()
            .Where(s => s.GetProperty("name").GetString() == "Plan")
            .SelectMany(s => s.GetProperty("chapters").EnumerateArray())
            .SelectMany(c => c.GetProperty("tasks").EnumerateArray())
            .Where(t => t.GetProperty("number").GetInt32() <= 10)
            .SelectMany(t => t.GetProperty("targets").EnumerateArray())
            .Where(t => t.TryGetProperty("source", out var source) && source.GetString() == "Computed")
            .Select(t => t.GetProperty("key").GetString()!)
            .Order().ToList();

        Assert.Equal(computed, Descriptor.Rules.Select(r => r.TargetKey).Order());
    }

    private static Task<ResolvedContentType> TypeAsync(CmsWebFactory site, string name) =>
        site.WithServicesAsync(async sp => (await sp.GetRequiredService<IContentDefinitionManager>().GetTypeAsync(name))!);
}
