using System.Net;
using Jingyuan.Cms.Audit;
using Jingyuan.Cms.Security;
using Jingyuan.Cms.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Jingyuan.Cms.Tests.Security;

public sealed class TwoFactorTests
{
    [Fact]
    public async Task Administrator_and_reviewer_must_enrol_before_reaching_admin_editors_need_not()
    {
        await using var root = new CmsWebFactory();
        var site = SecureSite.Start(root);
        await site.CreateUserAsync("reviewer", BuiltInRoles.Reviewer);
        await site.CreateUserAsync("editor", BuiltInRoles.DepartmentEditor);

        foreach (var name in new[] { "admin", "reviewer" })
        {
            using var client = site.Client();
            Assert.Equal("/admin", (await client.PasswordStepAsync(name)).Location());
            var dashboard = await client.GetAsync("/admin");
            Assert.Equal(HttpStatusCode.Redirect, dashboard.StatusCode);
            Assert.Equal("/admin/account/two-factor", dashboard.Location());
            // Not only the dashboard: every admin page, and the cookie carries no role meanwhile.
            Assert.Equal("/admin/account/two-factor", (await client.GetAsync("/admin/audit")).Location());
            var setup = await client.GetPageAsync("/admin/account/two-factor");
            Assert.Contains("data:image/png;base64,", setup);
            Assert.Contains("id=\"shared-key\"", setup);
        }

        using var editor = site.Client();
        await editor.PasswordStepAsync("editor");
        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync("/admin")).StatusCode);
    }

    [Fact]
    public async Task Enrolled_administrator_signs_in_with_an_authenticator_code_or_a_recovery_code_once()
    {
        await using var root = new CmsWebFactory();
        var site = SecureSite.Start(root);
        string key;
        List<string> recoveryCodes;
        using (var first = site.Client())
        {
            await first.PasswordStepAsync("admin");
            (key, recoveryCodes) = await first.EnrolAsync();
            Assert.Equal(10, recoveryCodes.Count);
            Assert.Equal(HttpStatusCode.OK, (await first.GetAsync("/admin")).StatusCode);
        }
        Assert.True((await site.FindUserAsync("admin")).TwoFactorEnabled);
        // At rest: the key is encrypted and the recovery codes are hashes, so a copy of the database mints no codes.
        var tokens = string.Join("\n", await site.InScopeAsync(sp => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(
            sp.GetRequiredService<Jingyuan.Cms.Data.CmsDbContext>().Set<Microsoft.AspNetCore.Identity.IdentityUserToken<string>>().Select(t => t.Value))));
        Assert.Contains("dp:", tokens);
        Assert.DoesNotContain(key, tokens);
        Assert.All(recoveryCodes, code => Assert.DoesNotContain(code, tokens));

        // The password alone no longer opens /admin.
        using var withCode = site.Client();
        Assert.StartsWith("/admin/login/two-factor", (await withCode.PasswordStepAsync("admin")).Location());
        Assert.Equal(HttpStatusCode.Redirect, (await withCode.GetAsync("/admin")).StatusCode);
        var wrong = await withCode.PostFormAsync("/admin/login/two-factor", "/admin/login/two-factor", new() { ["Code"] = "000000" == SecureSite.Code(key) ? "111111" : "000000" });
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        var signedIn = await withCode.PostFormAsync("/admin/login/two-factor", "/admin/login/two-factor", new() { ["Code"] = SecureSite.Code(key) });
        Assert.Equal("/admin", signedIn.Location());
        Assert.Equal(HttpStatusCode.OK, (await withCode.GetAsync("/admin")).StatusCode);

        using var withRecovery = site.Client();
        await withRecovery.PasswordStepAsync("admin");
        var recovered = await withRecovery.PostFormAsync("/admin/login/two-factor", "/admin/login/two-factor",
            new() { ["Code"] = recoveryCodes[0], ["UseRecoveryCode"] = "true" });
        Assert.Equal("/admin", recovered.Location());
        Assert.Equal(HttpStatusCode.OK, (await withRecovery.GetAsync("/admin")).StatusCode);

        using var reused = site.Client();
        await reused.PasswordStepAsync("admin");
        var again = await reused.PostFormAsync("/admin/login/two-factor", "/admin/login/two-factor",
            new() { ["Code"] = recoveryCodes[0], ["UseRecoveryCode"] = "true" });
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await reused.GetAsync("/admin")).StatusCode);

        Assert.NotEmpty(await site.AuditAsync(AuditEvents.TwoFactorChanged));
    }
}
