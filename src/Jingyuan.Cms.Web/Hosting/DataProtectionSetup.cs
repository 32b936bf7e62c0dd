using System.Security.Cryptography.X509Certificates;
using Jingyuan.Cms.Data;
using Microsoft.AspNetCore.DataProtection;

namespace Jingyuan.Cms.Web.Hosting;

/// <summary>
/// One key ring for every node: stored in the site's database under a fixed application name (by
/// default ASP.NET Core isolates apps by their content-root path, which differs between servers).
/// With <c>DataProtection:CertificatePath</c> set, the keys are encrypted at rest with that X.509
/// certificate; without it they are stored as ASP.NET Core writes them, protected only by the
/// database's own access control (a start-up warning says so in Production).
/// </summary>
internal static class DataProtectionSetup
{
    public const string ApplicationName = "Jingyuan.Cms";

    public static IServiceCollection AddCmsDataProtection(this IServiceCollection services, IConfiguration configuration)
    {
        var builder = services.AddDataProtection()
            .SetApplicationName(ApplicationName)
            .PersistKeysToDbContext<CmsDbContext>();
        if (LoadCertificate(configuration) is { } certificate)
        {
            builder.ProtectKeysWithCertificate(certificate).UnprotectKeysWithAnyCertificate(certificate);
        }
        return services;
    }

    public static bool KeysEncrypted(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration["DataProtection:CertificatePath"]);

    private static X509Certificate2? LoadCertificate(IConfiguration configuration)
    {
        var path = configuration["DataProtection:CertificatePath"];
        if (string.IsNullOrWhiteSpace(path)) return null;
        // A PKCS#12 file with its private key; the password comes from configuration (environment or secrets).
        return X509CertificateLoader.LoadPkcs12FromFile(path, configuration["DataProtection:CertificatePassword"],
            X509KeyStorageFlags.EphemeralKeySet);
    }
}
