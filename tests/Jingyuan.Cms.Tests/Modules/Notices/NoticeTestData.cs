using System.Globalization;
using Jingyuan.Cms.Content;
using Jingyuan.Cms.Data;
using Jingyuan.Cms.Departments;
using Jingyuan.Cms.Tests.TestSupport;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Jingyuan.Cms.Tests.Modules.Notices;

/// <summary>Notices written straight through the content manager, as the system user.</summary>
internal static class NoticeTestData
{
    /// <summary>Today in China, as the site counts 公示 periods.</summary>
    public static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Works on a <see cref="TestSupport.CmsWebFactory"/> or on a factory derived from one.</summary>
    public static async Task<T> WithContentAsync<T>(WebApplicationFactory<Program> site, Func<IContentManager, Task<T>> work)
    {
        using var scope = site.Services.CreateScope();
        return await work(scope.ServiceProvider.GetRequiredService<IContentManager>());
    }

    public static async Task<int> DepartmentAsync(WebApplicationFactory<Program> site, string name)
    {
        using var scope = site.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CmsDbContext>();
        var department = new Department { Name = name, Kind = DepartmentKind.Bureau };
        db.Add(department);
        await db.SaveChangesAsync();
        return department.Id;
    }

    public static Task<ContentItem> DraftAsync(WebApplicationFactory<Program> site, string title, string kind, int departmentId,
        DateOnly? start = null, DateOnly? end = null, string? phone = null, string? address = null, DateOnly? publishDate = null) =>
        WithContentAsync(site, async c =>
        {
            var item = await c.NewAsync("Notice");
            item.DisplayText = title;
            item.DepartmentId = departmentId;
            item.Set("Kind", kind).Set("IssuingDepartment", departmentId).Set("Body", $"<p>{title}的正文。</p>")
                .Set("PeriodStart", start is { } s ? Iso(s) : null).Set("PeriodEnd", end is { } e ? Iso(e) : null)
                .Set("ObjectionPhone", phone).Set("ObjectionAddress", address)
                .Set("PublishDate", publishDate is { } p ? Iso(p) : null);
            return await c.SaveDraftAsync(item, null);
        });

    public static async Task<ContentItem> PublishedAsync(WebApplicationFactory<Program> site, string title, string kind, int departmentId)
    {
        var draft = await DraftAsync(site, title, kind, departmentId);
        return await WithContentAsync(site, c => c.SubmitAndPublishAsync(draft.ContentItemId));
    }

    /// <summary>A 公示 open from yesterday to the day after tomorrow (three days left), published.</summary>
    public static async Task<ContentItem> PublishedPublicityAsync(WebApplicationFactory<Program> site, string title, int departmentId)
    {
        var draft = await DraftAsync(site, title, "公示", departmentId, Today.AddDays(-1), Today.AddDays(2),
            phone: "0954-5012345", address: "泾源县香水镇政府大楼302室");
        return await WithContentAsync(site, c => c.SubmitAndPublishAsync(draft.ContentItemId));
    }
}
