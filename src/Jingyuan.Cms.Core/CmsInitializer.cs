using System.Security.Cryptography;
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
    ILogger<CmsInitializer> logger)
{
    public async Task InitializeAsync()
    {
        await db.Database.MigrateAsync();
        foreach (var name in BuiltInRoles.All)
        {
            if (!await roles.RoleExistsAsync(name)) await roles.CreateAsync(new CmsRole(name));
        }
        await modules.InitializeAsync();
        await EnsureAdministratorAsync();
    }

    private async Task EnsureAdministratorAsync()
    {
        if ((await users.GetUsersInRoleAsync(BuiltInRoles.Administrator)).Count > 0) return;

        var userName = configuration["Admin:UserName"] ?? "admin";
        var configured = configuration["Admin:Password"];
        var password = string.IsNullOrEmpty(configured) ? GeneratePassword() : configured;
        // A generated password was printed on a console: it is replaced at the first sign-in.
        var admin = await users.FindByNameAsync(userName)
            ?? new CmsUser { UserName = userName, DisplayName = "系统管理员", MustChangePassword = string.IsNullOrEmpty(configured) };
        var result = admin.Id is { Length: > 0 } && await users.FindByIdAsync(admin.Id) is not null
            ? IdentityResult.Success
            : await users.CreateAsync(admin, password);
        if (!result.Succeeded)
            throw new InvalidOperationException("无法创建管理员：" + string.Join("；", result.Errors.Select(e => e.Description)));
        await users.AddToRoleAsync(admin, BuiltInRoles.Administrator);

        if (string.IsNullOrEmpty(configured))
        {
            // Printed once, on the console only; it is not stored anywhere in clear text.
            Console.WriteLine();
            Console.WriteLine("==============================================================");
            Console.WriteLine($" 已创建首个管理员账号：{userName}");
            Console.WriteLine($" 初始密码（仅显示这一次，请登录后立即修改）：{password}");
            Console.WriteLine("==============================================================");
            Console.WriteLine();
        }
        logger.LogInformation("Created the first administrator {UserName}.", userName);
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
