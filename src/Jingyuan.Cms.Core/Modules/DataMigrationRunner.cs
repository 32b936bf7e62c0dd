using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using Jingyuan.Cms.Data;

namespace Jingyuan.Cms.Modules;

/// <summary>
/// Runs a module's numbered data steps once each: CreateAsync when at 0, then
/// UpdateFromNAsync from the recorded version, as Orchard Core does.
/// </summary>
public static partial class DataMigrationRunner
{
    [GeneratedRegex(@"^UpdateFrom(\d+)Async$")]
    private static partial Regex UpdateStep();

    /// <summary>Runs the pending steps and returns the version reached.</summary>
    public static async Task<int> RunAsync(IDataMigration migration, int fromVersion)
    {
        var version = fromVersion;
        if (version == 0 && Find(migration, "CreateAsync") is { } create)
        {
            version = await Invoke(migration, create);
        }
        while (FindUpdate(migration, version) is { } step)
        {
            var next = await Invoke(migration, step);
            if (next <= version)
                throw new InvalidOperationException($"{migration.GetType().Name}.{step.Name} 必须返回大于 {version} 的版本号");
            version = next;
        }
        return version;
    }

    private static MethodInfo? FindUpdate(IDataMigration migration, int version) =>
        migration.GetType().GetMethods(BindingFlags.Public | BindingFlags.Instance)
            .FirstOrDefault(m => UpdateStep().Match(m.Name) is { Success: true } match
                && int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) == version);

    private static MethodInfo? Find(IDataMigration migration, string name) =>
        migration.GetType().GetMethod(name, BindingFlags.Public | BindingFlags.Instance, []);

    private static async Task<int> Invoke(IDataMigration migration, MethodInfo method) =>
        method.Invoke(migration, null) is Task<int> task
            ? await task
            : throw new InvalidOperationException($"{migration.GetType().Name}.{method.Name} 必须返回 Task<int>");
}
