using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Jingyuan.Cms.Bench.Import;

/// <summary>The whole site in this process, on the given data folder.</summary>
public sealed class BenchSite(string dataFolder) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("DataFolder", dataFolder);
        builder.UseSetting("Admin:Password", "Bench-Root-2023!");
        builder.UseSetting("ConnectionStrings:Postgres", "");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Logging:LogLevel:Microsoft.AspNetCore", "Error");
        builder.UseSetting("Logging:LogLevel:Microsoft.EntityFrameworkCore", "Error");
    }
}
