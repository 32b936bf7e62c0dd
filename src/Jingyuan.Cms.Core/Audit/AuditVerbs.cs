using Jingyuan.Cms.Modules;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Jingyuan.Cms.Audit;

/// <summary><c>verify-audit</c>: checks the hash chain of the table and the archives; exit code 1 when broken.</summary>
public sealed class VerifyAuditVerb : ICommandLineVerb
{
    public string Name => "verify-audit";
    public string Usage => "verify-audit：校验审计日志（含已归档部分）的哈希链，发现被改动或删除的记录";

    public async Task<int> RunAsync(string[] args, IServiceProvider services)
    {
        var T = services.GetRequiredService<IStringLocalizer<VerifyAuditVerb>>();
        var result = await services.GetRequiredService<AuditVerifier>().VerifyAsync();
        foreach (var problem in result.Problems) await Console.Out.WriteLineAsync("  " + problem.Message);
        await Console.Out.WriteLineAsync(result.Intact
            ? T["审计日志完整：校验了数据库中 {0} 条、归档中 {1} 条记录。", result.RowsChecked, result.ArchivedRowsChecked]
            : T["审计日志不完整：发现 {0} 处问题（数据库中 {1} 条、归档中 {2} 条记录）。", result.Problems.Count, result.RowsChecked, result.ArchivedRowsChecked]);
        return result.Intact ? 0 : 1;
    }
}

/// <summary><c>archive-audit</c>: archives rows older than <c>Audit:RetentionDays</c> (see <see cref="AuditArchiver"/>).</summary>
public sealed class ArchiveAuditVerb : ICommandLineVerb
{
    public string Name => "archive-audit";
    public string Usage => "archive-audit：把超过保留期（Audit:RetentionDays）的审计日志归档到数据目录的 audit-archive 文件夹";

    public async Task<int> RunAsync(string[] args, IServiceProvider services)
    {
        var T = services.GetRequiredService<IStringLocalizer<ArchiveAuditVerb>>();
        try
        {
            var result = await services.GetRequiredService<AuditArchiver>().ArchiveAsync();
            await Console.Out.WriteLineAsync(result.FileName is null
                ? T["没有超过保留期的审计日志，无需归档。"]
                : T["已归档 {0} 条审计日志到 {1}。", result.Rows, result.FileName]);
            return 0;
        }
        catch (InvalidOperationException e)
        {
            await Console.Error.WriteLineAsync(e.Message);
            return 1;
        }
    }
}
