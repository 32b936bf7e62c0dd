using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Jingyuan.Cms.Data;

/// <summary>
/// Chooses the database: PostgreSQL when a "Postgres" connection string is configured
/// (appsettings or the environment variable ConnectionStrings__Postgres), else one SQLite file
/// in the data folder.
/// </summary>
public static class DatabaseSetup
{
    /// <summary>How long a write waits for another's lock (SQLite) before the request answers 503.</summary>
    public const int DefaultBusyTimeoutSeconds = 30;

    public static bool UsesPostgres(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration.GetConnectionString("Postgres"));

    public static IServiceCollection AddCmsDatabase(this IServiceCollection services, IConfiguration configuration, string dataFolder)
    {
        var postgres = configuration.GetConnectionString("Postgres");
        if (!string.IsNullOrWhiteSpace(postgres))
        {
            services.AddDbContext<PostgresCmsDbContext>(o => o.UseNpgsql(postgres));
            services.AddScoped<CmsDbContext>(sp => sp.GetRequiredService<PostgresCmsDbContext>());
        }
        else
        {
            var busyTimeout = TimeSpan.FromSeconds(configuration.GetValue("Database:BusyTimeoutSeconds", DefaultBusyTimeoutSeconds));
            var sqlite = new SqliteConnectionStringBuilder(configuration.GetConnectionString("Sqlite")
                ?? $"Data Source={Path.Combine(dataFolder, "jingyuan.db")}")
            {
                // Microsoft.Data.Sqlite retries a busy statement until the command timeout: the same bound.
                DefaultTimeout = (int)Math.Ceiling(busyTimeout.TotalSeconds),
            }.ToString();
            var setup = new SqliteConnectionSetup(busyTimeout);
            services.AddDbContext<SqliteCmsDbContext>(o => o.UseSqlite(sqlite).AddInterceptors(setup));
            services.AddScoped<CmsDbContext>(sp => sp.GetRequiredService<SqliteCmsDbContext>());
        }
        return services;
    }
}
