using Jingyuan.Cms.Security;
using Jingyuan.Cms.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Jingyuan.Cms.Tests.TestSupport;

public enum TestDatabase { Sqlite, Postgres }

/// <summary>
/// The whole site in memory, on its own fresh database: a temporary SQLite file, or a new
/// PostgreSQL database (dropped on dispose). Integration tests run against both.
/// </summary>
public sealed class CmsWebFactory : WebApplicationFactory<Program>
{
    // Contains no user name either ("admin" in the password would be refused).
    public const string AdminPassword = "Test-Root-2023!";
    // Contains no test user's name ("editor", "reviewer" ...): passwords containing the user name are refused.
    public const string UserPassword = "Jy-Sample-Pass-01";
    /// <summary>The first 安全管理员 (user name <c>secadmin</c>): manages users, roles and permissions.</summary>
    public const string SecurityAdminPassword = "Test-Security-2023!";

    /// <summary>Header a test sets to sign in from another client address (see <see cref="ClientAddressFromHeader"/>).</summary>
    public const string ClientAddressHeader = "X-Test-Client-Address";

    private readonly string _dataFolder;
    private readonly bool _ownsDataFolder;
    private readonly string? _postgres;
    private readonly string? _postgresDatabase;
    private readonly Action<IWebHostBuilder>? _configure;

    // dataFolder: an existing data folder to start on (a "restart" of a site); the caller deletes it.
    // By default each factory gets a fresh temporary folder, deleted on dispose.
    // Hundreds of short-lived hosts would each watch appsettings files and exhaust inotify.
    static CmsWebFactory() => Environment.SetEnvironmentVariable("DOTNET_hostBuilder__reloadConfigOnChange", "false");

    public CmsWebFactory(TestDatabase database = TestDatabase.Sqlite, string? dataFolder = null, Action<IWebHostBuilder>? configure = null)
    {
        _configure = configure;
        _ownsDataFolder = dataFolder is null;
        _dataFolder = dataFolder ?? Path.Combine(Path.GetTempPath(), "jingyuan-tests", Guid.NewGuid().ToString("n"));
        Database = database;
        if (database == TestDatabase.Postgres)
        {
            var server = TestEnvironment.RequirePostgres();
            _postgresDatabase = "jingyuan_t_" + Guid.NewGuid().ToString("n")[..12];
            _postgres = new NpgsqlConnectionStringBuilder(server) { Database = _postgresDatabase }.ConnectionString;
        }
    }

    public TestDatabase Database { get; }

    public string DataFolder => _dataFolder;

    /// <summary>Extra configuration for this site, set before it starts.</summary>
    public Dictionary<string, string?> Settings { get; } = [];

    /// <summary>The database the site will use, for tests that prepare it before the site starts.</summary>
    public string ConnectionString => _postgres ?? $"Data Source={Path.Combine(_dataFolder, "jingyuan.db")}";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Logging:LogLevel:Microsoft.AspNetCore", "Error");
        builder.UseSetting("DataFolder", _dataFolder);
        builder.UseSetting("Admin:Password", AdminPassword);
        builder.UseSetting("SecurityAdmin:Password", SecurityAdminPassword);
        foreach (var (key, value) in Settings) builder.UseSetting(key, value);
        builder.UseSetting("ConnectionStrings:Postgres", _postgres ?? "");
        // Tests send many requests from one address: only the rate-limit tests set real limits.
        foreach (var rule in new[] { "Login", "Expensive", "Anonymous" })
            builder.UseSetting($"RateLimiting:{rule}:PermitLimit", "1000000");
        // The suite signs in as admin/reviewer everywhere with a password only: the secure defaults
        // (authenticator required, forced change) are switched off here and tested with them on in Security/.
        builder.UseSetting("Security:RequireTwoFactorRoles", "");
        builder.UseSetting("Security:ForcePasswordChange", "false");
        builder.ConfigureServices(s => s.AddTransient<IStartupFilter, ClientAddressFromHeader>());
        _configure?.Invoke(builder);
    }

    /// <summary>The test server has no client address: this sets one from a header, for the per-address throttling tests.</summary>
    private sealed class ClientAddressFromHeader : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(async (context, nextMiddleware) =>
            {
                if (System.Net.IPAddress.TryParse(context.Request.Headers[ClientAddressHeader].ToString(), out var address))
                    context.Connection.RemoteIpAddress = address;
                await nextMiddleware();
            });
            next(app);
        };
    }

    /// <summary>Runs code against the site's services in a scope of its own (as "system").</summary>
    public async Task<T> WithServicesAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        using var scope = Services.CreateScope();
        return await work(scope.ServiceProvider);
    }

    public Task WithServicesAsync(Func<IServiceProvider, Task> work) =>
        WithServicesAsync(async sp => { await work(sp); return true; });

    /// <summary>Creates a user in a role and (optionally) a department given by name.</summary>
    public Task<CmsUser> CreateUserAsync(string userName, string role, int? departmentId = null) =>
        WithServicesAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<CmsUser>>();
            var user = new CmsUser { UserName = userName, DisplayName = userName, DepartmentId = departmentId };
            var result = await users.CreateAsync(user, UserPassword);
            if (!result.Succeeded) throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
            await users.AddToRoleAsync(user, role);
            return user;
        });

    /// <summary>A browser-like client (cookies, no auto-redirect) signed in as the user.</summary>
    public async Task<TestClient> LoginAsync(string userName, string? password = null)
    {
        var client = new TestClient(CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));
        var response = await client.PostFormAsync("/admin/login", "/admin/login",
            new() { ["UserName"] = userName, ["Password"] = password ?? userName switch
            {
                "admin" => AdminPassword, "secadmin" => SecurityAdminPassword, _ => UserPassword,
            } });
        if ((int)response.StatusCode != 302) throw new InvalidOperationException($"Login of {userName} failed: {(int)response.StatusCode}");
        return client;
    }

    public TestClient AnonymousClient() =>
        new(CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_postgresDatabase is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(TestEnvironment.RequirePostgres());
            await connection.OpenAsync();
            // A background worker (autovacuum) can hold the database for a moment: retry briefly.
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_postgresDatabase}\" WITH (FORCE)", connection);
                    await drop.ExecuteNonQueryAsync();
                    break;
                }
                catch (PostgresException) when (attempt < 5)
                {
                    await Task.Delay(200 * attempt);
                }
            }
        }
        if (_ownsDataFolder)
        {
            try { Directory.Delete(_dataFolder, recursive: true); } catch (IOException) { }
        }
    }
}
