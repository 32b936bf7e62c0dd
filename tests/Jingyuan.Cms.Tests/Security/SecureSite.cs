using System.Net;
using System.Text.RegularExpressions;
using Jingyuan.Cms.Security;
using Jingyuan.Cms.Tests.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using OtpNet;

namespace Jingyuan.Cms.Tests.Security;

/// <summary>A test site with the real run's secure defaults back on (the shared factory switches them off).</summary>
internal static partial class SecureSite
{
    public static WebApplicationFactory<Program> Start(CmsWebFactory root, Action<IWebHostBuilder>? configure = null) =>
        root.WithWebHostBuilder(b =>
        {
            b.UseSetting("Security:RequireTwoFactorRoles", $"{BuiltInRoles.Administrator},{BuiltInRoles.Reviewer}");
            b.UseSetting("Security:ForcePasswordChange", "true");
            configure?.Invoke(b);
        });

    public static TestClient Client(this WebApplicationFactory<Program> site, string? address = null)
    {
        var http = site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        if (address is not null) http.DefaultRequestHeaders.Add(CmsWebFactory.ClientAddressHeader, address);
        return new TestClient(http);
    }

    public static Task<HttpResponseMessage> PasswordStepAsync(this TestClient client, string userName, string? password = null) =>
        client.PostFormAsync("/admin/login", "/admin/login", new()
        {
            ["UserName"] = userName, ["Password"] = password ?? userName switch
            {
                "admin" => CmsWebFactory.AdminPassword, "secadmin" => CmsWebFactory.SecurityAdminPassword, _ => CmsWebFactory.UserPassword,
            },
        });

    public static string? Location(this HttpResponseMessage response) => response.Headers.Location?.OriginalString;

    [GeneratedRegex("<code id=\"shared-key\"[^>]*>([^<]+)</code>")]
    private static partial Regex SharedKey();

    [GeneratedRegex("<li>([0-9A-Z]{5}-[0-9A-Z]{5})</li>", RegexOptions.IgnoreCase)]
    private static partial Regex RecoveryCode();

    /// <summary>Enrols an authenticator through the page, as a person with a phone would; returns the key and recovery codes.</summary>
    public static async Task<(string Key, List<string> RecoveryCodes)> EnrolAsync(this TestClient client)
    {
        var page = await client.GetPageAsync("/admin/account/two-factor");
        var key = SharedKey().Match(page).Groups[1].Value.Replace(" ", "");
        Assert.NotEqual("", key);
        var enabled = await client.PostFormAsync("/admin/account/two-factor", "/admin/account/two-factor/enable",
            new() { ["Input.Code"] = Code(key) });
        Assert.Equal(HttpStatusCode.OK, enabled.StatusCode);
        var codes = RecoveryCode().Matches(await enabled.Content.ReadAsStringAsync()).Select(m => m.Groups[1].Value).ToList();
        return (key, codes);
    }

    /// <summary>What an authenticator app shows now for the key (Otp.NET, independent of the site's code).</summary>
    public static string Code(string base32Key) => new Totp(Base32Encoding.ToBytes(base32Key)).ComputeTotp(DateTime.UtcNow);

    public static Task<CmsUser> FindUserAsync(this WebApplicationFactory<Program> site, string userName) =>
        InScopeAsync(site, sp => sp.GetRequiredService<UserManager<CmsUser>>().FindByNameAsync(userName)!)!;

    public static Task<List<Jingyuan.Cms.Data.AuditEventRecord>> AuditAsync(this WebApplicationFactory<Program> site, string eventName) =>
        site.InScopeAsync(sp => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(
            sp.GetRequiredService<Jingyuan.Cms.Data.CmsDbContext>().Set<Jingyuan.Cms.Data.AuditEventRecord>()
                .Where(r => r.EventName == eventName).OrderBy(r => r.Id)));

    public static Task<CmsUser> CreateUserAsync(this WebApplicationFactory<Program> site, string userName, string role) =>
        site.InScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<CmsUser>>();
            var user = new CmsUser { UserName = userName, DisplayName = userName };
            var result = await users.CreateAsync(user, CmsWebFactory.UserPassword);
            if (result.Succeeded) result = await users.AddToRoleAsync(user, role);
            Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
            return user;
        });

    public static async Task<T> InScopeAsync<T>(this WebApplicationFactory<Program> site, Func<IServiceProvider, Task<T>> work)
    {
        using var scope = site.Services.CreateScope();
        return await work(scope.ServiceProvider);
    }
}
