using System.Security.Cryptography;
using Jingyuan.Cms.Audit;
using Jingyuan.Cms.Data;
using Jingyuan.Cms.Modules;
using Jingyuan.Cms.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace Jingyuan.Cms;

/// <summary>
/// First-start and every-start work: schema migrations, built-in roles, the first administrator,
/// module migrations. Safe to run on every start and on several nodes (each step checks first).
/// </summary>
public sealed class CmsInitializer(
    CmsDbContext db,
    RoleManager<CmsRole> roles,
    UserManager<CmsUser> users,
    ModuleManager modules,
    IConfiguration configuration,
    Content.PersonalData.PersonalDataProtector personalData,
    ModuleContributions contributions,
    IServiceProvider services,
    ILogger<CmsInitializer> logger)
{
    public async Task InitializeAsync()
    {
        // Before anything is written: a chapter whose parts disagree must not reach the database.
        Chapters.ChapterValidation.ThrowIfInvalid(contributions.All<Chapters.ChapterDescriptor>(services));
        await db.Database.MigrateAsync();
        await AuditChain.SealUnchainedAsync(db);
        await personalData.EnsureKeyAsync();
        foreach (var name in BuiltInRoles.All)
        {
            if (!await roles.RoleExistsAsync(name)) await roles.CreateAsync(new CmsRole(name));
        }
        await modules.InitializeAsync();
        await EnsureFirstUserAsync(BuiltInRoles.Administrator, "Admin", "admin", "管理员");
        // 三权分立: accounts and permissions are the security administrator's, from the first start.
        await EnsureFirstUserAsync(BuiltInRoles.SecurityAdministrator, "SecurityAdmin", "secadmin", "安全管理员");
    }

    /// <summary>Creates the first holder of <paramref name="role"/> from the <paramref name="section"/> settings (UserName, Password).</summary>
    private async Task EnsureFirstUserAsync(string role, string section, string defaultUserName, string label)
    {
        if ((await users.GetUsersInRoleAsync(role)).Count > 0) return;

        var userName = configuration[$"{section}:UserName"] ?? defaultUserName;
        var configured = configuration[$"{section}:Password"];
        var password = string.IsNullOrEmpty(configured) ? GeneratePassword() : configured;
        // A generated password was printed on a console: it is replaced at the first sign-in.
        var admin = await users.FindByNameAsync(userName)
            ?? new CmsUser { UserName = userName, DisplayName = role, MustChangePassword = string.IsNullOrEmpty(configured) };
        var result = admin.Id is { Length: > 0 } && await users.FindByIdAsync(admin.Id) is not null
            ? IdentityResult.Success
            : await users.CreateAsync(admin, password);
        if (!result.Succeeded)
            throw new InvalidOperationException($"无法创建{label}：" + string.Join("；", result.Errors.Select(e => e.Description)));
        await users.AddToRoleAsync(admin, role);

        if (string.IsNullOrEmpty(configured))
        {
            // Printed once, on the console only; it is not stored anywhere in clear text.
            Console.WriteLine();
            Console.WriteLine("==============================================================");
            Console.WriteLine($" 已创建首个{label}账号：{userName}");
            Console.WriteLine($" 初始密码（仅显示这一次，请登录后立即修改）：{password}");
            Console.WriteLine("==============================================================");
            Console.WriteLine();
        }
        logger.LogInformation("Created the first {Role} {UserName}.", role, userName);
    }

    private static string GeneratePassword()
    {
        const string upper = "ABCDEFGHJKLMNPQRSTUVWXYZ", lower = "abcdefghijkmnpqrstuvwxyz", digits = "23456789", symbols = "!@#$%&*?";
        var all = upper + lower + digits + symbols;
        var chars = new[] { Pick(upper), Pick(lower), Pick(digits), Pick(symbols) }
            .Concat(Enumerable.Range(0, 12).Select(_ => Pick(all))).ToArray();
        RandomNumberGenerator.Shuffle(chars.AsSpan());
        return new string(chars);

        static char Pick(string set) => set[RandomNumberGenerator.GetInt32(set.Length)];
    }
}
