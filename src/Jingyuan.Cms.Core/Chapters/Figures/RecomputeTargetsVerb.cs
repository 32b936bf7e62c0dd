using Jingyuan.Cms.Modules;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Jingyuan.Cms.Chapters;

/// <summary><c>recompute</c>: rebuilds every stored target figure and public tally from the published records.</summary>
public sealed class RecomputeTargetsVerb : ICommandLineVerb
{
    public string Name => "recompute";
    public string Usage => "recompute：按已发布记录重新计算全部自动计算的目标数值";

    public async Task<int> RunAsync(string[] args, IServiceProvider services)
    {
        var T = services.GetRequiredService<IStringLocalizer<RecomputeTargetsVerb>>();
        var written = await services.GetRequiredService<TargetFigureStore>().RecomputeAsync();
        await Console.Out.WriteLineAsync(T["已重新计算 {0} 个目标数值。", written]);
        var tallies = await services.GetRequiredService<People.PublicTallyStore>().RecomputeAsync();
        await Console.Out.WriteLineAsync(T["已重新计算 {0} 个公开统计表。", tallies]);
        return 0;
    }
}
