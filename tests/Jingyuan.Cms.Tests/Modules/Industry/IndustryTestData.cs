using Jingyuan.Cms.Chapters;
using Jingyuan.Cms.Content;
using Jingyuan.Cms.Modules.Industry.Models;
using Jingyuan.Cms.Plan;
using Jingyuan.Cms.Recipes;
using Jingyuan.Cms.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Jingyuan.Cms.Tests.Modules.Industry;

/// <summary>The 2023 plan and industry projects written straight through the content manager, as the system user.</summary>
internal static class IndustryTestData
{
    public const int Year = 2023;

    /// <summary>Imports the 2023 seed unless the site already has it.</summary>
    public static Task SeedPlanAsync(CmsWebFactory site) => site.WithServicesAsync(async sp =>
    {
        if (await sp.GetRequiredService<IPlanStore>().GetYearAsync(Year) is not null) return;
        var result = await sp.GetRequiredService<RecipeImporter>().ImportFileAsync(RepoFiles.Seed(SeededPlan.SeedFile));
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
    });

    /// <summary>A new, unsaved 肉牛 project of 2023 with the given delivered quantities.</summary>
    public static Task<ContentItem> NewCattleProjectAsync(CmsWebFactory site, string title, decimal newCattle,
        string stage = "在建", int year = Year) => site.WithContentAsync(async c =>
    {
        var item = await c.NewAsync(nameof(IndustryProject));
        item.DisplayText = title;
        item.Year = year;
        item.Set(nameof(IndustryProject.Industry), IndustryProject.Industries.Cattle)
            .Set(ProjectFields.Township, "香水镇")
            .Set(ProjectFields.Stage, stage)
            .Set(nameof(IndustryProject.NewCattle), newCattle);
        return item;
    });

    public static Task<ContentItem> SaveAsync(CmsWebFactory site, ContentItem item) =>
        site.WithContentAsync(c => c.SaveDraftAsync(item, null));

    public static Task<ContentItem> PublishAsync(CmsWebFactory site, string contentItemId) =>
        site.WithContentAsync(c => c.SubmitAndPublishAsync(contentItemId));

    /// <summary>A saved and published 肉牛 project.</summary>
    public static async Task<ContentItem> PublishedCattleProjectAsync(CmsWebFactory site, string title, decimal newCattle)
    {
        var saved = await SaveAsync(site, await NewCattleProjectAsync(site, title, newCattle));
        return await PublishAsync(site, saved.ContentItemId);
    }

    /// <summary>A target's progress in 2023, found by its key, as the pages read it.</summary>
    public static Task<TargetProgress> ProgressAsync(CmsWebFactory site, string key) => site.WithServicesAsync(async sp =>
    {
        var all = await sp.GetRequiredService<ITargetProgressService>().ForYearAsync(Year);
        return all.Values.Single(p => p.Target.Key == key);
    });

    public static async Task<decimal?> AchievedAsync(CmsWebFactory site, string key) => (await ProgressAsync(site, key)).Achieved;

    /// <summary>The validation errors a save would raise, without saving.</summary>
    public static Task<IReadOnlyDictionary<string, string[]>> ErrorsAsync(CmsWebFactory site, ContentItem item) =>
        site.WithContentAsync(c => c.ValidateAsync(item));
}
