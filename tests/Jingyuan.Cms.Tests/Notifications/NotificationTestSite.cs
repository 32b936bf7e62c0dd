using System.Net;
using System.Net.Sockets;
using System.Security.Claims;
using System.Text;
using Jingyuan.Cms.Data;
using Jingyuan.Cms.Departments;
using Jingyuan.Cms.Notifications;
using Jingyuan.Cms.Security;
using Jingyuan.Cms.Tests.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MimeKit;
using netDumbster.smtp;

namespace Jingyuan.Cms.Tests.Notifications;

/// <summary>A reminder source a test fills; the job asks it like any module's.</summary>
public sealed class TestReminderSource : IReminderSource
{
    public List<Reminder> Due { get; } = [];

    public Task<IReadOnlyList<Reminder>> GetDueRemindersAsync(DateTimeOffset now, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Reminder>>(Due.ToList());
}

/// <summary>
/// Sites for the notification tests: SMTP pointed at an in-process server (netDumbster) on a free port,
/// the reminder timer off (tests run the job directly), a fake clock. <see cref="Node"/> starts another host
/// over the same database, as a restart (or a second node) would.
/// </summary>
public static class NotificationTestSite
{
    public static readonly DateTimeOffset Start = new(2026, 3, 2, 1, 0, 0, TimeSpan.Zero);

    public static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    public static CmsWebFactory Create(TestDatabase database, FakeTimeProvider clock, TestReminderSource source, int smtpPort,
        Dictionary<string, string?>? settings = null) =>
        Configure(new CmsWebFactory(database, configure: b => Services(b, clock, source)), smtpPort, settings);

    /// <summary>
    /// Another host on <paramref name="owner"/>'s database (its own data folder, so its own search index); the owner
    /// drops the database at the end.
    /// </summary>
    public static CmsWebFactory Node(CmsWebFactory owner, FakeTimeProvider clock, TestReminderSource source, int smtpPort) =>
        Configure(new CmsWebFactory(owner.Database, configure: b =>
        {
            b.UseSetting(owner.Database == TestDatabase.Postgres ? "ConnectionStrings:Postgres" : "ConnectionStrings:Sqlite", owner.ConnectionString);
            Services(b, clock, source);
        }), smtpPort, null);

    private static void Services(IWebHostBuilder builder, FakeTimeProvider clock, TestReminderSource source) =>
        builder.ConfigureTestServices(s =>
        {
            s.AddSingleton<TimeProvider>(clock);
            s.AddSingleton<IReminderSource>(source);
        });

    private static CmsWebFactory Configure(CmsWebFactory site, int smtpPort, Dictionary<string, string?>? settings)
    {
        site.Settings["Mail:Host"] = "127.0.0.1";
        site.Settings["Mail:Port"] = smtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture);
        site.Settings["Mail:From"] = "noreply@jingyuan.test";
        site.Settings["Mail:SiteUrl"] = "https://cms.jingyuan.test";
        site.Settings["Notifications:IntervalSeconds"] = "0";
        foreach (var (key, value) in settings ?? []) site.Settings[key] = value;
        return site;
    }

    public static Task<ReminderRunResult> RunAsync(CmsWebFactory site) =>
        site.WithServicesAsync(sp => sp.GetRequiredService<ReminderRunner>().RunAsync(TestContext.Current.CancellationToken));

    public static Task<int> UnitAsync(CmsWebFactory site, string name) => site.WithServicesAsync(async sp =>
    {
        if (await sp.GetRequiredService<IDepartmentStore>().FindByNameAsync(name) is { } found) return found.Id;
        var db = sp.GetRequiredService<CmsDbContext>();
        var unit = new Department { Name = name, Kind = DepartmentKind.Bureau };
        db.Add(unit);
        await db.SaveChangesAsync();
        return unit.Id;
    });

    /// <summary>A 部门编辑 of the unit with an e-mail address, confirmed unless said otherwise.</summary>
    public static Task<CmsUser> UserAsync(CmsWebFactory site, string userName, int departmentId, bool confirmed = true, bool disabled = false) =>
        site.WithServicesAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<CmsUser>>();
            var user = new CmsUser
            {
                UserName = userName, DisplayName = userName, DepartmentId = departmentId,
                Email = $"{userName}@jingyuan.test", EmailConfirmed = confirmed, Disabled = disabled,
            };
            var result = await users.CreateAsync(user, CmsWebFactory.UserPassword);
            if (!result.Succeeded) throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
            await users.AddToRoleAsync(user, BuiltInRoles.DepartmentEditor);
            return user;
        });

    /// <summary>The user as a principal: id and department claims, enough for the inbox.</summary>
    public static ClaimsPrincipal Principal(CmsUser user) => new(new ClaimsIdentity(
    [
        new Claim(ClaimTypes.NameIdentifier, user.Id),
        .. user.DepartmentId is { } d ? [new Claim(CmsClaimTypes.DepartmentId, d.ToString(System.Globalization.CultureInfo.InvariantCulture))] : Array.Empty<Claim>(),
    ], "test"));

    public static Task<int> UnreadAsync(CmsWebFactory site, CmsUser user) =>
        site.WithServicesAsync(sp => sp.GetRequiredService<INotificationInbox>().CountUnreadAsync(Principal(user)));

    public static Task<List<MailOutboxRecord>> OutboxAsync(CmsWebFactory site) =>
        site.WithServicesAsync(sp => sp.GetRequiredService<CmsDbContext>().Set<MailOutboxRecord>().AsNoTracking().OrderBy(m => m.Id).ToListAsync());

    /// <summary>Who received what: (address, subject) of every message the server got.</summary>
    public static List<(string To, string Subject, string Body)> Received(SimpleSmtpServer server) =>
        server.ReceivedEmail.Select(m =>
        {
            using var message = MimeMessage.Load(new MemoryStream(Encoding.UTF8.GetBytes(m.Data)));
            return (string.Join(",", m.ToAddresses.Select(a => a.Address)), message.Subject ?? "", message.TextBody ?? "");
        }).OrderBy(m => m.Item1, StringComparer.Ordinal).ThenBy(m => m.Item2, StringComparer.Ordinal).ToList();
}
