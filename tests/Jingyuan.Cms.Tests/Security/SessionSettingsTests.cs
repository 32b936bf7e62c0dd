using Jingyuan.Cms.Tests.TestSupport;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Jingyuan.Cms.Tests.Security;

public sealed class SessionSettingsTests
{
    [Fact]
    public async Task Idle_timeout_comes_from_configuration_and_slides()
    {
        await using var site = new CmsWebFactory();
        await using var configured = site.WithWebHostBuilder(b => b.UseSetting("Security:IdleTimeoutMinutes", "10"));
        var options = configured.Services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>()
            .Get(IdentityConstants.ApplicationScheme);
        Assert.Equal(TimeSpan.FromMinutes(10), options.ExpireTimeSpan);
        Assert.True(options.SlidingExpiration);
        Assert.True(options.Cookie.HttpOnly);
        // Tickets are kept server-side, so ending a session needs no cooperation from the browser.
        Assert.IsType<Jingyuan.Cms.Security.DbTicketStore>(options.SessionStore);
    }

    [Fact]
    public async Task Passwords_need_eight_characters_and_three_classes()
    {
        await using var site = new CmsWebFactory();
        var results = await site.WithServicesAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<Jingyuan.Cms.Security.CmsUser>>();
            var check = async (string password) =>
            {
                var user = new Jingyuan.Cms.Security.CmsUser { UserName = "p" + Guid.NewGuid().ToString("n")[..6] };
                return (await users.CreateAsync(user, password)).Succeeded;
            };
            return (Short: await check("Ab1!"), TwoClasses: await check("abcdefgh1"), Good: await check("abcdefg1!"));
        });
        Assert.False(results.Short);
        Assert.False(results.TwoClasses);
        Assert.True(results.Good);
    }
}
