using System.Text.Json.Nodes;
using Jingyuan.Cms.Archive;
using Jingyuan.Cms.Content;
using Jingyuan.Cms.Modules.Industry.Models;
using Jingyuan.Cms.Plan;
using Jingyuan.Cms.Progress;
using Jingyuan.Cms.Tests.Modules.Industry;
using Jingyuan.Cms.Tests.Portal;
using Jingyuan.Cms.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Jingyuan.Cms.Tests.Modules.Archive;

/// <summary>What the task-2 scenario stored: a 肉牛 project with a photo that was returned once, and a narrative report.</summary>
internal sealed record Task2Items(PlanTask Task, int Department, ContentItem Project, ContentItem Report, StoredFile Photo);

internal static class ArchiveTestData
{
    public const string ProjectTitle = "香水镇肉牛养殖园区扩建";
    public const string RejectReason = "请补充建设前照片的说明";
    public const string Narrative = "肉牛养殖园区已完成圈舍建设，新增基础母牛120头。";

    /// <summary>The 2023 plan, and task 2's approved project (returned once, then approved) and report, of its lead unit.</summary>
    public static async Task<Task2Items> Task2Async(CmsWebFactory site)
    {
        await IndustryTestData.SeedPlanAsync(site);
        var task = await site.WithServicesAsync(async sp =>
            (await sp.GetRequiredService<IPlanStore>().GetYearAsync(2023))!.Chapters.SelectMany(c => c.Tasks).Single(t => t.Number == 2));
        var department = task.LeadUnitIds[0];
        var photo = await TestImages.UploadAsync(site, "建设前.png");

        var project = await site.WithContentAsync(async c =>
        {
            var item = await IndustryTestData.NewCattleProjectAsync(site, ProjectTitle, 120);
            item.DepartmentId = department;
            item.Set(nameof(IndustryProject.PhotosBefore), new JsonArray(photo.ToJson()));
            var saved = await c.SaveDraftAsync(item, null);
            await c.SubmitAsync(saved.ContentItemId);
            await c.RejectAsync(saved.ContentItemId, RejectReason);
            var again = (await c.GetLatestAsync(saved.ContentItemId))!;
            again.Set(nameof(IndustryProject.NewCattle), 121m);
            await c.SaveDraftAsync(again, again.ConcurrencyStamp);
            return await c.SubmitAndPublishAsync(saved.ContentItemId);
        });
        var report = await site.WithContentAsync(async c =>
        {
            var item = await c.NewAsync(ProgressReportType.Name);
            item.Year = 2023;
            item.DepartmentId = department;
            item.Set(ProgressReportType.TaskId, JsonValue.Create((decimal)task.Id))
                .Set(ProgressReportType.Period, JsonValue.Create("2023-06"))
                .Set(ProgressReportType.Narrative, JsonValue.Create(Narrative));
            var saved = await c.SaveDraftAsync(item, null);
            return await c.SubmitAndPublishAsync(saved.ContentItemId);
        });
        return new Task2Items(task, department, project, report, photo);
    }

    /// <summary>Asks for a package as the system and waits for the build (running the job here when the worker has not yet).</summary>
    public static async Task<ArchivePackageInfo> BuildAsync(CmsWebFactory site, ArchiveScope scope)
    {
        var requested = await site.WithServicesAsync(sp => sp.GetRequiredService<IArchivePackages>().RequestAsync(scope));
        return await WaitAsync(site, requested.Id);
    }

    public static async Task<ArchivePackageInfo> WaitAsync(CmsWebFactory site, string packageId)
    {
        for (var attempt = 0; attempt < 600; attempt++)
        {
            var info = await site.WithServicesAsync(async sp =>
            {
                await sp.GetRequiredService<ArchiveBuildJob>().RunNextAsync(TestContext.Current.CancellationToken);
                return (await sp.GetRequiredService<IArchivePackages>().GetAsync(packageId))!;
            });
            if (info.Status is ArchivePackageStatus.Succeeded or ArchivePackageStatus.Failed) return info;
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }
        throw new TimeoutException($"Archive package {packageId} did not finish.");
    }

    /// <summary>The finished package's bytes, read through the service as a download would.</summary>
    public static Task<byte[]> BytesAsync(CmsWebFactory site, string packageId) => site.WithServicesAsync(async sp =>
    {
        await using var stream = (await sp.GetRequiredService<IArchivePackages>().OpenAsync(packageId))!;
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy, TestContext.Current.CancellationToken);
        return copy.ToArray();
    });
}
