using System.Net;
using Jingyuan.Cms.Audit;
using Jingyuan.Cms.Security;
using Jingyuan.Cms.Tests.TestSupport;
using Jingyuan.Cms.Web.Areas.Admin.Controllers;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Jingyuan.Cms.Tests.Security;

public sealed class LoginAbuseTests
{
    private static async Task<string> FailureMessageAsync(TestClient client, string userName, string password)
    {
        var response = await client.PasswordStepAsync(userName, password);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        var summary = System.Text.RegularExpressions.Regex.Match(html, "validation-summary-errors[^>]*>(.*?)</div>", System.Text.RegularExpressions.RegexOptions.Singleline);
        Assert.True(summary.Success, "no error summary on the page");
        return WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Replace(summary.Groups[1].Value, "<[^>]+>", "")).Trim();
    }

    [Fact]
    public async Task Unknown_user_wrong_password_disabled_and_locked_accounts_get_the_same_message()
    {
        var hasher = new CountingHasher();
        await using var root = new CmsWebFactory();
        var site = root.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton<IPasswordHasher<CmsUser>>(hasher)));
        await site.CreateUserAsync("lisi", BuiltInRoles.DepartmentEditor);
        await site.CreateUserAsync("locked", BuiltInRoles.DepartmentEditor);
        await site.CreateUserAsync("stopped", BuiltInRoles.DepartmentEditor);
        await site.InScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<CmsUser>>();
            await users.SetLockoutEndDateAsync((await users.FindByNameAsync("locked"))!, DateTimeOffset.UtcNow.AddHours(1));
            var stopped = (await users.FindByNameAsync("stopped"))!;
            stopped.Disabled = true;
            return await users.UpdateAsync(stopped);
        });

        var messages = new List<string>();
        var cases = new[] { ("nobody-here", "Whatever-1!"), ("lisi", "Wrong-Pass-1"), ("locked", CmsWebFactory.UserPassword), ("stopped", CmsWebFactory.UserPassword) };
        for (var i = 0; i < cases.Length; i++)
        {
            using var client = site.Client($"10.1.0.{i + 1}");
            var before = hasher.Verifications;
            messages.Add(await FailureMessageAsync(client, cases[i].Item1, cases[i].Item2));
            // The hasher runs once for every failure, also where there is no account or it is locked:
            // the answer takes the same work whatever the reason.
            Assert.Equal(before + 1, hasher.Verifications);
        }
        Assert.Single(messages.Distinct());
        Assert.Equal(AccountController.FailureMessage, messages[0]);
        Assert.DoesNotContain("锁定", messages[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task One_address_cannot_lock_an_account_the_owner_elsewhere_still_signs_in()
    {
        await using var root = new CmsWebFactory();
        var site = root.WithWebHostBuilder(_ => { });
        await site.CreateUserAsync("zhaoliu", BuiltInRoles.DepartmentEditor);

        using var attacker = site.Client("203.0.113.9");
        for (var i = 0; i < 12; i++) await FailureMessageAsync(attacker, "zhaoliu", "Guess-Pass-" + i);
        // Throttled: even the right password from that address is refused now, and says the same.
        Assert.Equal(AccountController.FailureMessage, await FailureMessageAsync(attacker, "zhaoliu", CmsWebFactory.UserPassword));

        var user = await site.FindUserAsync("zhaoliu");
        Assert.Null(user.LockoutEnd);
        Assert.True(user.AccessFailedCount < 5);
        using var owner = site.Client("198.51.100.7");
        Assert.Equal("/admin", (await owner.PasswordStepAsync("zhaoliu")).Location());
        Assert.Contains(await site.AuditAsync(AuditEvents.LoginFailed), e => e.Summary.Contains("该地址"));
    }

    [Fact]
    public async Task Failures_from_several_addresses_still_lock_the_account()
    {
        await using var root = new CmsWebFactory();
        var site = root.WithWebHostBuilder(_ => { });
        await site.CreateUserAsync("sunqi", BuiltInRoles.DepartmentEditor);
        for (var i = 0; i < 5; i++)
        {
            using var client = site.Client($"192.0.2.{i + 1}");
            await FailureMessageAsync(client, "sunqi", "Wrong-Pass-" + i);
        }
        var user = await site.FindUserAsync("sunqi");
        Assert.True(user.LockoutEnd > DateTimeOffset.UtcNow);
        using var late = site.Client("192.0.2.77");
        Assert.Equal(AccountController.FailureMessage, await FailureMessageAsync(late, "sunqi", CmsWebFactory.UserPassword));
    }

    [Fact]
    public async Task Overlong_user_names_are_refused_at_binding_and_failed_names_are_stored_bounded_and_clean()
    {
        await using var root = new CmsWebFactory();
        var site = root.WithWebHostBuilder(_ => { });
        using var client = site.Client("10.9.9.9");
        var huge = await client.PasswordStepAsync(new string('x', 100_000), "Whatever-1!");
        Assert.Equal(HttpStatusCode.OK, huge.StatusCode);
        Assert.Contains("用户名不能超过 64 个字符", await huge.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        var sneaky = "evil\u202Euser\r\nFAKE\u200B" + new string('y', 40);
        await client.PasswordStepAsync(sneaky, "Whatever-1!");
        var failures = await site.AuditAsync(AuditEvents.LoginFailed);
        var stored = Assert.Single(failures).UserName;
        Assert.True(stored.Length <= 64);
        Assert.DoesNotContain(stored, c => char.IsControl(c) || c is '\u202E' or '\u200B');
        Assert.StartsWith("eviluserFAKE", stored);
    }

    private sealed class CountingHasher : IPasswordHasher<CmsUser>
    {
        private readonly PasswordHasher<CmsUser> _inner = new();
        private int _verifications;

        public int Verifications => Volatile.Read(ref _verifications);

        public string HashPassword(CmsUser user, string password) => _inner.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(CmsUser user, string hashedPassword, string providedPassword)
        {
            Interlocked.Increment(ref _verifications);
            return _inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }
}
