using System.Net;
using System.Text.RegularExpressions;
using Jingyuan.Cms.Content;
using Jingyuan.Cms.Security;
using Jingyuan.Cms.Tests.TestSupport;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jingyuan.Cms.Tests.Security;

/// <summary>
/// The authorization matrix: every admin endpoint of the running site (the host's and every module's, from
/// the endpoint data source, so a new one is covered without editing this test), called by a visitor and by
/// a user of every role, with a foreign department's item id in every id slot and forged identity fields
/// (ContentItemId, department, owner, status) in every form. What each role may do comes from the endpoint's
/// permission metadata and the role's grants, not from a table here. An endpoint whose authorization cannot
/// be read as permissions fails the test.
/// </summary>
public sealed partial class AdminAuthorizationMatrixTests
{
    [Fact]
    public async Task No_role_gets_past_its_permissions_and_no_call_writes_a_foreign_departments_item()
    {
        await using var site = new CmsWebFactory();
        await TestContent.DefineTypeAsync(site);
        var (deptA, deptB) = await TestContent.DepartmentsAsync(site);
        var foreign = await TestContent.DraftAsync(site, "乙局已发布项目", 7, deptB);
        await site.WithContentAsync(c => c.SubmitAndPublishAsync(foreign.ContentItemId));
        var untouched = await FingerprintAsync(site, foreign.ContentItemId);
        var calls = AdminCalls(site, foreign.ContentItemId);
        Assert.True(calls.Count > 40, $"only {calls.Count} admin calls found");
        var failures = new List<string>();

        using (var visitor = site.AnonymousClient())
        {
            foreach (var call in calls)
            {
                var response = await SendAsync(visitor, call, token: null, deptB, foreign);
                if (!(response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location?.ToString().Contains("/admin/login") == true))
                    failures.Add($"visitor: {call} answered {(int)response.StatusCode}");
                await CheckUntouchedAsync("visitor", call);
            }
        }

        var roles = await RolesAsync(site);
        Assert.Contains(roles, r => r.Scoped);
        foreach (var role in roles)
        {
            var userName = "matrix" + roles.IndexOf(role);
            await site.CreateUserAsync(userName, role.Name, role.Scoped ? deptA : null);
            using var user = await site.LoginAsync(userName);
            var token = await user.TokenFromAsync("/admin");
            foreach (var call in calls)
            {
                var allowed = call.Permissions.All(role.Permissions.Contains);
                // The caller's own account (sign out, own password) is not another's data; and a role that edits
                // every department's content may legitimately change the foreign item, so its writes are not replayed.
                if (call.SignedInOnly || (allowed && call.Method == "POST" && role.EditsAll)) continue;
                var response = await SendAsync(user, call, token, deptB, foreign);
                var status = (int)response.StatusCode;
                if (!allowed && status != 403)
                    failures.Add($"{role.Name} lacks {string.Join("+", call.Permissions)}: {call} answered {status}");
                else if (allowed && role.Scoped && call.TakesContentId && status is not (403 or 404))
                    failures.Add($"{role.Name} (department {deptA}): {call} with department {deptB}'s item answered {status}");
                else if (status >= 500)
                    failures.Add($"{role.Name}: {call} answered {status}");
                await CheckUntouchedAsync(role.Name, call);
            }
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));

        async Task CheckUntouchedAsync(string who, AdminCall call)
        {
            if (await FingerprintAsync(site, foreign.ContentItemId) != untouched)
            {
                failures.Add($"{who}: {call} changed department {deptB}'s item");
                untouched = await FingerprintAsync(site, foreign.ContentItemId);
            }
        }
    }

    private sealed record AdminCall(string Method, string Url, IReadOnlyList<string> Permissions, bool SignedInOnly, bool TakesContentId)
    {
        public override string ToString() => $"{Method} {Url}";
    }

    private sealed record RoleGrants(string Name, IReadOnlySet<string> Permissions)
    {
        public bool EditsAll => Permissions.Contains(StandardPermissions.EditAllContent.Name);
        /// <summary>Writes only its own department's content: the role the foreign item must be safe from.</summary>
        public bool Scoped => !EditsAll && Permissions.Contains(StandardPermissions.EditOwnDepartmentContent.Name);
    }

    /// <summary>Every admin endpoint and method, its route filled in, classified by its authorization metadata.</summary>
    private static List<AdminCall> AdminCalls(CmsWebFactory site, string foreignId)
    {
        var calls = new List<AdminCall>();
        var unclassified = new List<string>();
        var endpoints = site.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => (e.RoutePattern.RawText ?? "").TrimStart('/').StartsWith("admin", StringComparison.OrdinalIgnoreCase));
        foreach (var endpoint in endpoints)
        {
            // Signing in and the access-denied page are for visitors (checked by AdminEndpointAuthorizationTests).
            if (endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null) continue;
            var rules = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>();
            var permissions = rules.Where(r => r.Policy is not null)
                .Select(r => r.Policy!.StartsWith(RequirePermissionAttribute.PolicyPrefix, StringComparison.Ordinal)
                    ? r.Policy[RequirePermissionAttribute.PolicyPrefix.Length..] : null).ToList();
            if (rules.Count == 0 || permissions.Contains(null) || rules.Any(r => !string.IsNullOrEmpty(r.Roles)))
            {
                unclassified.Add(endpoint.DisplayName ?? endpoint.RoutePattern.RawText!);
                continue;
            }
            var raw = endpoint.RoutePattern.RawText!.TrimStart('/');
            var takesContentId = raw.StartsWith("admin/content/{id", StringComparison.OrdinalIgnoreCase);
            var url = "/" + RouteParameter().Replace(raw, m => ValueFor(m.Groups["name"].Value, m.Groups["rest"].Value, foreignId));
            var methods = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"];
            foreach (var method in methods.Where(m => m is "GET" or "POST"))
                calls.Add(new AdminCall(method, url, permissions.OfType<string>().Distinct().ToList(), permissions.Count == 0, takesContentId));
        }
        Assert.True(unclassified.Count == 0,
            "admin endpoints whose authorization is not a [RequirePermission] (or plain sign-in): " + string.Join("; ", unclassified));
        return calls.DistinctBy(c => c.ToString()).ToList();
    }

    /// <summary>
    /// Ids name the foreign item (content routes) or nothing that exists; an int slot gets 1. A name never seen
    /// before still gets a value, so a new endpoint is called rather than skipped.
    /// </summary>
    private static string ValueFor(string name, string constraints, string foreignId) => name.ToLowerInvariant() switch
    {
        "type" => TestContent.Type,
        "year" => "2023",
        "slug" => "industry",
        _ when NumericConstraint().IsMatch(constraints) => "1",
        _ => foreignId,
    };

    [GeneratedRegex(@"\{\**(?<name>[A-Za-z_][A-Za-z0-9_]*)(?<rest>[^}]*)\}")]
    private static partial Regex RouteParameter();

    [GeneratedRegex(":(int|long|decimal|double|float)")]
    private static partial Regex NumericConstraint();

    private static async Task<HttpResponseMessage> SendAsync(TestClient client, AdminCall call, string? token, int foreignDepartment, ContentItem foreign)
    {
        if (call.Method == "GET") return await client.GetAsync(call.Url);
        // Every identity and state field a form could smuggle in, pointing at the foreign item and unit.
        var department = foreignDepartment.ToString(System.Globalization.CultureInfo.InvariantCulture);
        List<KeyValuePair<string, string>> fields =
        [
            new("ContentItemId", foreign.ContentItemId), new("contentItemId", foreign.ContentItemId), new("id", foreign.ContentItemId),
            new("stamp", foreign.ConcurrencyStamp), new("departmentId", department), new("DepartmentId", department),
            new("Owner", "matrix"), new("Status", "Published"), new("Published", "true"),
            new("DisplayText", "矩阵伪造"), new("Year", "2023"), new("f.Head", "1"), new("f.Stage", "完工"),
            new("reason", "矩阵"),
        ];
        return token is null
            ? await client.Http.PostAsync(call.Url, new FormUrlEncodedContent(fields))
            : await client.PostWithTokenAsync(call.Url, token, fields);
    }

    private static Task<List<RoleGrants>> RolesAsync(CmsWebFactory site) => site.WithServicesAsync(async sp =>
    {
        var grants = sp.GetRequiredService<PermissionGrants>();
        var names = await sp.GetRequiredService<RoleManager<CmsRole>>().Roles.Select(r => r.Name!).OrderBy(n => n).ToListAsync();
        var roles = new List<RoleGrants>();
        foreach (var name in names) roles.Add(new RoleGrants(name, await grants.PermissionsOfRoleAsync(name)));
        return roles;
    });

    private static Task<string> FingerprintAsync(CmsWebFactory site, string contentItemId) => site.WithContentAsync(async c =>
        string.Join("|", (await c.GetVersionsAsync(contentItemId)).Select(v =>
            $"{v.Number}:{v.Status}:{v.Published}:{v.DepartmentId}:{v.Owner}:{v.DisplayText}:{v.ConcurrencyStamp}:{v.Data.ToJsonString()}"))
        + (await c.GetLatestAsync(contentItemId) is null ? ":gone" : ""));
}
