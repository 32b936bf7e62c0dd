using System.Globalization;
using Jingyuan.Cms.Modules;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Jingyuan.Cms.Media;

/// <summary><c>purge-media [--days N] [--dry-run]</c>: removes uploads no content refers to (see <see cref="UnusedMediaCleaner"/>).</summary>
public sealed class PurgeMediaVerb : ICommandLineVerb
{
    private const int DefaultDays = 7;

    public string Name => "purge-media";
    public string Usage => "purge-media [--days N] [--dry-run]：删除上传超过 N 天（默认 7）且未被任何内容版本引用的文件";

    public async Task<int> RunAsync(string[] args, IServiceProvider services)
    {
        var T = services.GetRequiredService<IStringLocalizer<PurgeMediaVerb>>();
        var days = DefaultDays;
        var at = Array.IndexOf(args, "--days");
        if (at >= 0 && (at + 1 >= args.Length || !int.TryParse(args[at + 1], NumberStyles.None, CultureInfo.InvariantCulture, out days)))
        {
            await Console.Error.WriteLineAsync(T["--days 后应为天数（非负整数），例如 --days 7"]);
            return 2;
        }
        var dryRun = args.Contains("--dry-run");
        var result = await services.GetRequiredService<UnusedMediaCleaner>().PurgeAsync(TimeSpan.FromDays(days), dryRun);
        foreach (var name in result.Removed) await Console.Out.WriteLineAsync("  " + name);
        await Console.Out.WriteLineAsync(dryRun
            ? T["检查了 {0} 个文件，其中 {1} 个未被引用（仅预览，未删除）。", result.Checked, result.Removed.Count]
            : T["检查了 {0} 个文件，删除未被引用的 {1} 个，释放 {2:0.#} KB。", result.Checked, result.Removed.Count, result.BytesFreed / 1024.0]);
        return 0;
    }
}
