using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Jingyuan.Cms.Audit;
using Jingyuan.Cms.Data;
using Jingyuan.Cms.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jingyuan.Cms.Tests.Hosting;

/// <summary>Two nodes, separate data folders, one database: the key ring is the database's, so either node accepts the other's cookies and tokens.</summary>
public sealed class SharedKeyRingTests
{
    [Theory, ClassData(typeof(Databases))]
    public async Task Signed_in_on_node_A_a_form_posted_to_node_B_is_accepted(TestDatabase database)
    {
        await using var a = KestrelSite.Start(root: new CmsWebFactory(database));
        await using var b = KestrelSite.Start(root: new CmsWebFactory(), configure: builder => builder
            .UseSetting(database == TestDatabase.Postgres ? "ConnectionStrings:Postgres" : "ConnectionStrings:Sqlite", a.Root.ConnectionString));
        Assert.NotEqual(a.Root.DataFolder, b.Root.DataFolder);
        // One cookie jar for both nodes (cookies ignore the port), as a browser behind a load balancer.
        var cookies = new CookieContainer();
        using var toA = a.Client(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = cookies });
        using var toB = b.Client(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = cookies });

        var login = await toA.PostFormAsync("/admin/login", "/admin/login",
            new() { ["UserName"] = "admin", ["Password"] = CmsWebFactory.AdminPassword });
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        var token = await toA.TokenFromAsync("/admin");

        Assert.Equal(HttpStatusCode.OK, (await toB.GetAsync("/admin")).StatusCode);
        var logout = await toB.PostWithTokenAsync("/admin/logout", token, []);

        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);
        Assert.Equal("/admin/login", logout.Headers.Location?.OriginalString); // not a challenge (…?ReturnUrl=), not a 400
        Assert.Equal("admin", Assert.Single(await a.AuditAsync(AuditEvents.Logout)).UserName);
        var keys = await a.WithServicesAsync(sp => sp.GetRequiredService<CmsDbContext>().DataProtectionKeys.CountAsync());
        Assert.True(keys >= 1, "the key ring is not in the database");
    }

    [Fact]
    public async Task With_a_certificate_configured_the_stored_keys_are_encrypted()
    {
        var folder = Directory.CreateTempSubdirectory("jingyuan-dp-").FullName;
        try
        {
            var pfx = Path.Combine(folder, "keys.pfx");
            using (var rsa = RSA.Create(2048))
            {
                var request = new CertificateRequest("CN=Jingyuan.Cms key ring", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
                using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
                await File.WriteAllBytesAsync(pfx, certificate.Export(X509ContentType.Pfx, "test-pass"), TestContext.Current.CancellationToken);
            }
            await using var site = KestrelSite.Start(b => b
                .UseSetting("DataProtection:CertificatePath", pfx).UseSetting("DataProtection:CertificatePassword", "test-pass"));
            using var client = site.Client();

            var login = await client.PostFormAsync("/admin/login", "/admin/login",
                new() { ["UserName"] = "admin", ["Password"] = CmsWebFactory.AdminPassword });
            Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/admin")).StatusCode);

            var xml = await site.WithServicesAsync(sp => sp.GetRequiredService<CmsDbContext>().DataProtectionKeys.Select(k => k.Xml).ToListAsync());
            Assert.NotEmpty(xml);
            Assert.All(xml, x => Assert.Contains("encryptedSecret", x));
            Assert.All(xml, x => Assert.DoesNotContain("<masterKey", x));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
