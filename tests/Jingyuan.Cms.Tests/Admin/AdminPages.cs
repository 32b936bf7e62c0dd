using System.Net;
using System.Text.RegularExpressions;
using Jingyuan.Cms.Data;
using Jingyuan.Cms.Departments;
using Jingyuan.Cms.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jingyuan.Cms.Tests.Admin;

/// <summary>Small helpers for the admin page tests: reading validation messages, setting up data.</summary>
internal static partial class AdminPages
{
    [GeneratedRegex("<span[^>]*data-valmsg-for=\"(?<field>[^\"]+)\"[^>]*>(?<text>.*?)</span>", RegexOptions.Singleline)]
    private static partial Regex ValidationMessage();

    /// <summary>The message shown next to <paramref name="field"/> (asp-validation-for), or "" when there is none.</summary>
    public static string FieldError(string html, string field) =>
        ValidationMessage().Matches(html).Where(m => m.Groups["field"].Value == field)
            .Select(m => WebUtility.HtmlDecode(m.Groups["text"].Value).Trim()).FirstOrDefault() ?? "";

    /// <summary>Forbidden: either 403 or the cookie handler's redirect to the "denied" page.</summary>
    public static bool IsDenied(HttpResponseMessage response) =>
        response.StatusCode == HttpStatusCode.Forbidden
        || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location?.OriginalString.Contains("/admin/denied", StringComparison.Ordinal) == true);

    public static Task<int> AddDepartmentAsync(this CmsWebFactory site, string name, DepartmentKind kind = DepartmentKind.Bureau) =>
        site.WithServicesAsync(async sp =>
        {
            var db = sp.GetRequiredService<CmsDbContext>();
            // The 2023 seed already holds the plan's units: reuse one rather than duplicate its name.
            if (await db.Set<Department>().FirstOrDefaultAsync(d => d.Name == name) is { } seeded) return seeded.Id;
            var department = new Department { Name = name, Kind = kind };
            db.Add(department);
            await db.SaveChangesAsync();
            return department.Id;
        });

    public static Task<List<AuditEventRecord>> AuditAsync(this CmsWebFactory site, string eventName) =>
        site.WithServicesAsync(sp => sp.GetRequiredService<CmsDbContext>().Set<AuditEventRecord>().AsNoTracking()
            .Where(r => r.EventName == eventName).OrderBy(r => r.Id).ToListAsync());

    /// <summary>Posts repeated keys (checkbox lists), which a dictionary cannot hold.</summary>
    public static async Task<HttpResponseMessage> PostFieldsAsync(this TestClient client, string formPage, string action,
        params (string Key, string Value)[] fields)
    {
        var token = await client.TokenFromAsync(formPage);
        return await client.PostWithTokenAsync(action, token, fields.Select(f => KeyValuePair.Create(f.Key, f.Value)));
    }
}
