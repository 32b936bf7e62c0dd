using Jingyuan.Cms.Modules;
using Jingyuan.Cms.Plan;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Localization;

namespace Jingyuan.Cms.People.Demo;

/// <summary>
/// <c>seed-demo [--count N]</c>: fills every enabled people ledger with N fictional persons (default 20), published,
/// for demonstrations and training. Refused in Production, where demo rows would mix with real ledgers; never run
/// by the site's start.
/// </summary>
public sealed class SeedDemoVerb : ICommandLineVerb
{
    public const int DefaultCount = 20;
    public const int MaxCount = 500;

    public string Name => "seed-demo";
    public string Usage => "seed-demo [--count N]：向已启用的人员台账写入 N 名虚构人员的演示数据并发布（生产环境不可用）";

    public async Task<int> RunAsync(string[] args, IServiceProvider services)
    {
        var T = services.GetRequiredService<IStringLocalizer<SeedDemoVerb>>();
        if (services.GetRequiredService<IHostEnvironment>().IsProduction())
        {
            await Console.Error.WriteLineAsync(T["seed-demo 不能在生产环境（Production）运行：演示数据会混入真实台账。请在开发或测试环境（ASPNETCORE_ENVIRONMENT=Development）运行。"]);
            return 2;
        }
        var count = DefaultCount;
        if (args.Length > 0 && (args.Length != 2 || args[0] != "--count" || !int.TryParse(args[1], out count) || count is < 1 or > MaxCount))
        {
            await Console.Error.WriteLineAsync(T["用法：seed-demo [--count N]，N 为 1 至 {0} 的整数。", MaxCount]);
            return 2;
        }
        // Owners come from the plan's units and sites from its recipe: without a plan there is nothing to own the rows.
        if (await services.GetRequiredService<IPlanStore>().CurrentYearAsync() is null)
        {
            await Console.Error.WriteLineAsync(T["尚无年度方案：请先导入方案（import seeds/plan-2023.recipe.json）或启动一次站点，再写入演示数据。"]);
            return 1;
        }
        var results = await services.GetRequiredService<DemoLedgerSeeder>().SeedAsync(count);
        foreach (var r in results)
        {
            if (r.Problems.Count > 0)
                foreach (var problem in r.Problems) await Console.Error.WriteLineAsync(T["「{0}」：{1}", r.DisplayName, problem]);
            else
                await Console.Out.WriteLineAsync(T["「{0}」（{1}）：新增 {2} 条，已有 {3} 条演示数据。", r.DisplayName, r.Unit ?? "", r.Added, r.Existing]);
        }
        if (results.Any(r => r.Problems.Count > 0))
        {
            await Console.Error.WriteLineAsync(T["演示数据未写入：请先处理上述问题。"]);
            return 1;
        }
        await Console.Out.WriteLineAsync(T["已处理 {0} 个人员台账。", results.Count]);
        return 0;
    }
}
