using System.Net;
using Jingyuan.Cms.Archive;
using Jingyuan.Cms.Audit;
using Jingyuan.Cms.Data;
using Jingyuan.Cms.Departments;
using Jingyuan.Cms.Security;
using Jingyuan.Cms.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jingyuan.Cms.Tests.Modules.Archive;

/// <summary>Who may build and download which package: a unit only its own; the coordinating office any.</summary>
public sealed class ArchiveAccessTests
{
    [Fact]
    public async Task A_department_user_cannot_build_or_download_another_departments_package()
    {
        await using var site = new CmsWebFactory();
        var items = await ArchiveTestData.Task2Async(site);
        var other = (await site.WithServicesAsync(sp => sp.GetRequiredService<IDepartmentStore>().FindByNameAsync("民政局")))!.Id;
        Assert.NotEqual(items.Department, other);
        var countyWide = await ArchiveTestData.BuildAsync(site, new ArchiveScope(2023, TaskId: items.Task.Id));
        var leadUnits = await ArchiveTestData.BuildAsync(site, new ArchiveScope(2023, items.Department));
        Assert.Equal(2, leadUnits.ItemsTotal);
        await site.CreateUserAsync("minzheng", BuiltInRoles.DepartmentEditor, other);
        await site.CreateUserAsync("reviewer", BuiltInRoles.Reviewer);
        using var editor = await site.LoginAsync("minzheng", CmsWebFactory.UserPassword);

        // Other units' packages do not exist for this user.
        foreach (var id in new[] { countyWide.Id, leadUnits.Id })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await editor.GetAsync($"/admin/archive/{id}")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await editor.GetAsync($"/admin/archive/{id}/download")).StatusCode);
        }
        var list = await editor.GetPageAsync("/admin/archive");
        Assert.DoesNotContain(countyWide.Id, list);
        Assert.DoesNotContain(leadUnits.Id, list);

        // Naming the lead unit in the form builds the user's own unit's package, which holds none of its items.
        var token = await editor.TokenFromAsync("/admin/archive");
        var response = await editor.PostWithTokenAsync("/admin/archive", token,
            [new("year", "2023"), new("departmentId", items.Department.ToString(System.Globalization.CultureInfo.InvariantCulture))]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var ownId = response.Headers.Location!.OriginalString.Split('/')[^1];
        var own = await ArchiveTestData.WaitAsync(site, ownId);
        Assert.Equal(other, own.Scope.DepartmentId);
        Assert.Equal(0, own.ItemsTotal);
        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync($"/admin/archive/{ownId}/download")).StatusCode);

        // The coordinating office downloads any package; downloads and requests are audited.
        using var reviewer = await site.LoginAsync("reviewer", CmsWebFactory.UserPassword);
        var download = await reviewer.GetAsync($"/admin/archive/{leadUnits.Id}/download");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/zip", download.Content.Headers.ContentType?.MediaType);
        var audited = await site.WithServicesAsync(sp => sp.GetRequiredService<CmsDbContext>().Set<AuditEventRecord>()
            .Where(a => a.EventName == AuditEvents.ArchiveDownloaded || a.EventName == AuditEvents.ArchiveRequested)
            .Select(a => new { a.EventName, a.UserName, a.Summary }).ToListAsync());
        Assert.Contains(audited, a => a.EventName == AuditEvents.ArchiveDownloaded && a.UserName == "reviewer" && a.Summary.Contains(leadUnits.Id));
        Assert.Contains(audited, a => a.EventName == AuditEvents.ArchiveDownloaded && a.UserName == "minzheng" && a.Summary.Contains(ownId));
        Assert.Contains(audited, a => a.EventName == AuditEvents.ArchiveRequested && a.UserName == "minzheng");
    }

    [Fact]
    public async Task A_user_without_an_archive_right_is_refused()
    {
        await using var site = new CmsWebFactory();
        await site.CreateUserAsync("auditor", BuiltInRoles.Auditor);
        using var auditor = await site.LoginAsync("auditor", CmsWebFactory.UserPassword);
        Assert.Equal(HttpStatusCode.Forbidden, (await auditor.GetAsync("/admin/archive")).StatusCode);
        var refused = await Assert.ThrowsAsync<ArchiveForbiddenException>(() => site.WithServicesAsync(async sp =>
        {
            // As a signed-in auditor would be seen by the service: no right at all.
            var packages = ActivatorUtilities.CreateInstance<ArchivePackages>(sp, new NoRights());
            return await packages.RequestAsync(new ArchiveScope(2023));
        }));
        Assert.Equal("您没有生成档案包的权限", refused.Message);
    }

    private sealed class NoRights : ICurrentUser
    {
        public string UserName => "auditor";
        public string? UserId => null;
        public int? DepartmentId => null;
        public string? RemoteAddress => null;
        public Task<bool> HasPermissionAsync(Permission permission) => Task.FromResult(false);
    }
}
