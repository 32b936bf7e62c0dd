using Jingyuan.Cms.Modules;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Jingyuan.Cms.Archive;

/// <summary><c>verify-archive ZIP</c>: checks a package against its manifest; exit code 1 naming each failing file.</summary>
public sealed class VerifyArchiveVerb : ICommandLineVerb
{
    public string Name => "verify-archive";
    public string Usage => "verify-archive <档案包.zip>：按清单校验档案包中每个文件的 SHA-256 与大小，并查出清单外的文件";

    public async Task<int> RunAsync(string[] args, IServiceProvider services)
    {
        var T = services.GetRequiredService<IStringLocalizer<VerifyArchiveVerb>>();
        var path = args.FirstOrDefault(a => !a.StartsWith('-'));
        if (path is null || !File.Exists(path))
        {
            await Console.Error.WriteLineAsync(T["请指定存在的档案包文件：verify-archive <档案包.zip>"]);
            return 2;
        }
        IReadOnlyList<string> problems;
        try { problems = await ArchiveVerifier.VerifyAsync(path); }
        catch (InvalidDataException e) { problems = [T["{0} 不是有效的 ZIP 文件：{1}", path, e.Message]]; }
        foreach (var problem in problems) await Console.Error.WriteLineAsync("  " + problem);
        await Console.Out.WriteLineAsync(problems.Count == 0
            ? T["档案包完整：{0} 中每个文件都与清单一致。", path]
            : T["档案包校验失败：{0} 处问题。", problems.Count]);
        return problems.Count == 0 ? 0 : 1;
    }
}
