using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;
using Jingyuan.Cms.Audit;
using Jingyuan.Cms.Tests.Infrastructure;
using Jingyuan.Cms.Tests.TestSupport;
using Microsoft.AspNetCore.Hosting;

namespace Jingyuan.Cms.Tests.Hosting;

/// <summary>
/// docs/nginx.conf, run as written (only ports, certificate paths and the app's address replaced), in
/// front of the site in Production: sign-in and a form post over https work, and the audit sees the client.
/// </summary>
public sealed class NginxFrontTests
{
    [Fact]
    public async Task Sign_in_and_post_a_form_over_https_through_nginx()
    {
        var nginx = RequireTool("nginx");
        var openssl = RequireTool("openssl");
        var folder = Directory.CreateTempSubdirectory("jingyuan-nginx-").FullName;
        Process? server = null;
        try
        {
            var (crt, key) = (Path.Combine(folder, "site.crt"), Path.Combine(folder, "site.key"));
            await RunAsync(openssl, $"req -x509 -newkey rsa:2048 -nodes -days 1 -subj /CN=localhost -keyout {key} -out {crt}");
            await using var app = KestrelSite.Start(b => b.UseEnvironment("Production")
                .UseSetting("ReverseProxy:KnownProxies:0", "127.0.0.1")
                .UseSetting("Site:BaseUrl", "https://xczx.example.gov.cn"));
            var (httpsPort, httpPort) = (FreePort(), FreePort());
            WriteConfig(folder, crt, key, httpsPort, httpPort, app.BaseUrl);
            server = Process.Start(new ProcessStartInfo(nginx, ["-p", folder, "-c", Path.Combine(folder, "nginx.conf"), "-g", "daemon off;"])
            {
                RedirectStandardError = true, RedirectStandardOutput = true,
            })!;
            await WaitForPortAsync(httpsPort, server, folder);

            using var certificate = X509CertificateLoader.LoadCertificateFromFile(crt);
            var handler = new HttpClientHandler
            {
                AllowAutoRedirect = false,
                CookieContainer = new CookieContainer(),
                // Only the certificate this test made, nothing else.
                ServerCertificateCustomValidationCallback = (_, presented, _, _) => presented?.Thumbprint == certificate.Thumbprint,
            };
            using var client = new TestClient(new HttpClient(handler) { BaseAddress = new Uri($"https://localhost:{httpsPort}") });

            var loginPage = await client.GetAsync("/admin/login");
            Assert.Equal(HttpStatusCode.OK, loginPage.StatusCode);
            Assert.All(loginPage.Headers.GetValues("Set-Cookie").Where(ReverseProxyTests.IsSet), c => Assert.Contains("secure", c, StringComparison.OrdinalIgnoreCase));
            var login = await client.PostFormAsync("/admin/login", "/admin/login",
                new() { ["UserName"] = "admin", ["Password"] = CmsWebFactory.AdminPassword });
            Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
            Assert.Equal("/admin", login.Headers.Location?.OriginalString);
            var logout = await client.PostFormAsync("/admin", "/admin/logout", []);
            Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);
            Assert.Equal("/admin/login", logout.Headers.Location?.OriginalString);
            Assert.Equal("127.0.0.1", Assert.Single(await app.AuditAsync(AuditEvents.Logout)).RemoteAddress);

            // Plain http on nginx sends the visitor to https.
            using var plain = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
            var redirect = await plain.GetAsync($"http://localhost:{httpPort}/admin/login", TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.MovedPermanently, redirect.StatusCode);
            Assert.StartsWith("https://", redirect.Headers.Location?.OriginalString);
        }
        finally
        {
            if (server is { HasExited: false }) { server.Kill(entireProcessTree: true); await server.WaitForExitAsync(TestContext.Current.CancellationToken); }
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    /// <summary>docs/nginx.conf with this run's ports, certificate and app; every replaced line must exist.</summary>
    private static void WriteConfig(string folder, string crt, string key, int httpsPort, int httpPort, string appUrl)
    {
        var site = File.ReadAllText(Path.Combine(RepoFiles.Root, "docs", "nginx.conf"));
        foreach (var (from, to) in new[]
        {
            ("listen 443 ssl http2;", $"listen 127.0.0.1:{httpsPort} ssl http2;"),
            ("listen 80;", $"listen 127.0.0.1:{httpPort};"),
            ("/etc/nginx/ssl/jingyuan.crt", crt),
            ("/etc/nginx/ssl/jingyuan.key", key),
            ("proxy_pass http://127.0.0.1:5080;", $"proxy_pass {appUrl};"),
        })
        {
            Assert.True(site.Contains(from), $"docs/nginx.conf no longer contains \"{from}\"");
            site = site.Replace(from, to);
        }
        File.WriteAllText(Path.Combine(folder, "site.conf"), site);
        File.WriteAllText(Path.Combine(folder, "nginx.conf"), $$"""
            pid {{folder}}/nginx.pid;
            error_log {{folder}}/error.log;
            worker_processes 1;
            events { worker_connections 64; }
            http {
                access_log off;
                client_body_temp_path {{folder}}/body;
                proxy_temp_path {{folder}}/proxy;
                fastcgi_temp_path {{folder}}/fastcgi;
                uwsgi_temp_path {{folder}}/uwsgi;
                scgi_temp_path {{folder}}/scgi;
                include {{folder}}/site.conf;
            }
            """);
    }

    private static string RequireTool(string name)
    {
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Concat(["/usr/sbin", "/usr/bin"]))
        {
            var path = Path.Combine(dir, name);
            if (File.Exists(path)) return path;
        }
        TestEnvironment.Unavailable($"{name} not available: install it (apt-get install nginx openssl) to run the nginx TLS front test.");
        return "";
    }

    private static async Task RunAsync(string file, string arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(file, arguments) { RedirectStandardError = true, RedirectStandardOutput = true })!;
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"{file} {arguments} failed: {error}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task WaitForPortAsync(int port, Process server, string folder)
    {
        for (var i = 0; i < 100; i++)
        {
            if (server.HasExited)
                Assert.Fail($"nginx exited ({server.ExitCode}): {await server.StandardError.ReadToEndAsync()} {ReadLog(folder)}");
            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(100);
            }
        }
        Assert.Fail($"nginx did not listen on {port}: {ReadLog(folder)}");
    }

    private static string ReadLog(string folder) =>
        File.Exists(Path.Combine(folder, "error.log")) ? File.ReadAllText(Path.Combine(folder, "error.log")) : "";
}
