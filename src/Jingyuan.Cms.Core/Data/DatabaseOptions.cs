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
            var sqlite = configuration.GetConnectionString("Sqlite")
                ?? $"Data Source={Path.Combine(dataFolder, "jingyuan.db")}";
            services.AddDbContext<SqliteCmsDbContext>(o => o.UseSqlite(sqlite));
            services.AddScoped<CmsDbContext>(sp => sp.GetRequiredService<SqliteCmsDbContext>());
        }
        return services;
    }
}
