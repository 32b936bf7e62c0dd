using System.Net;
using System.Text.RegularExpressions;
using Jingyuan.Cms.Content;
using Jingyuan.Cms.Modules.Supervision.Models;
using Jingyuan.Cms.Security;
using Jingyuan.Cms.Tests.Portal;
using Jingyuan.Cms.Tests.TestSupport;
using Jingyuan.Cms.Time;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Jingyuan.Cms.Tests.Modules.Supervision;

/// <summary>
/// A site on a movable clock with two units (甲 leads, 乙 is another unit), the coordinating office's
/// reviewer "office", a user of each unit, and the 2026 National Day holidays with a make-up Saturday.
/// </summary>
internal sealed partial class SupervisionSite : IAsyncDisposable
{
    private SupervisionSite(CmsWebFactory site, FakeTimeProvider clock) { Site = site; Clock = clock; }

    public CmsWebFactory Site { get; }
    public FakeTimeProvider Clock { get; }
    public int UnitA { get; private set; }
    public int UnitB { get; private set; }

    /// <summary>10:00 in China on the day.</summary>
    public static DateTimeOffset At(int year, int month, int day) => new(year, month, day, 2, 0, 0, TimeSpan.Zero);

    public static async Task<SupervisionSite> StartAsync(TestDatabase database, DateTimeOffset now)
    {
        var clock = new FakeTimeProvider(now);
        var factory = new CmsWebFactory(database, configure: b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(clock)));
        // Reminder tests run the job directly, on the fake clock.
        factory.Settings["Notifications:IntervalSeconds"] = "0";
        var site = new SupervisionSite(factory, clock);
        (site.UnitA, site.UnitB) = await TestContent.DepartmentsAsync(factory);
        await factory.CreateUserAsync("office", BuiltInRoles.Reviewer);
        await factory.CreateUserAsync("unita", BuiltInRoles.DepartmentEditor, site.UnitA);
        await factory.CreateUserAsync("unitb", BuiltInRoles.DepartmentEditor, site.UnitB);
        await factory.WithServicesAsync(async sp =>
        {
            var (_, errors) = await sp.GetRequiredService<WorkingCalendarEditor>().ImportAsync(
                "2026-10-01 国庆节\n2026-10-02 国庆节\n2026-10-10 调休上班");
            Assert.Empty(errors);
        });
        return site;
    }

    public void MoveTo(DateTimeOffset now) => Clock.SetUtcNow(now);

    /// <summary>立项 through the form as the office; returns the new item's id.</summary>
    public async Task<string> RaiseAsync(TestClient office, string title, DateOnly deadline)
    {
        var response = await office.PostFormAsync("/admin/supervision/items/new", "/admin/supervision/items/new", new()
        {
            ["Title"] = title, ["Source"] = SupervisionItemType.FromMeeting, ["Content"] = "落实领导小组会议要求",
            ["LeadUnitId"] = UnitA.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Deadline"] = deadline.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), ["Priority"] = "重要",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response.Headers.Location!.ToString().Split('/')[^1];
    }

    public static async Task<HttpResponseMessage> StepAsync(TestClient client, string id, string action, Dictionary<string, string>? fields = null) =>
        await client.PostFormAsync(SupervisionItemType.AdminUrl(id), $"{SupervisionItemType.AdminUrl(id)}/{action}", fields ?? []);

    /// <summary>Posts a step with an evidence file (multipart), the way the browser form does.</summary>
    public static async Task<HttpResponseMessage> StepWithFileAsync(TestClient client, string id, string action, string note, string? date = null)
    {
        var token = await client.TokenFromAsync(SupervisionItemType.AdminUrl(id));
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(note), "note" },
            { new ByteArrayContent(TestImages.Png(8, 8)), "files", "现场照片.png" },
        };
        if (date is not null) form.Add(new StringContent(date), "date");
        return await client.Http.PostAsync($"{SupervisionItemType.AdminUrl(id)}/{action}", form);
    }

    [GeneratedRegex("data-light=\"(\\w+)\"")]
    private static partial Regex LightPattern();

    /// <summary>The light and stage the item's page shows to the client.</summary>
    public static async Task<(string Light, string Stage)> PageAsync(TestClient client, string id)
    {
        var html = await client.GetPageAsync(SupervisionItemType.AdminUrl(id));
        var stage = Regex.Match(html, "id=\"stage\">([^<]+)<").Groups[1].Value;
        return (LightPattern().Match(html).Groups[1].Value, stage);
    }

    public Task<ContentItem> LatestAsync(string id) => Site.WithContentAsync(async c => (await c.GetLatestAsync(id))!);

    public ValueTask DisposeAsync() => Site.DisposeAsync();
}
