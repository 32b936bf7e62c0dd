using System.Runtime.CompilerServices;

namespace Jingyuan.Cms.Tests.TestSupport;

/// <summary>
/// The suite starts hundreds of test sites in one process; each would hold inotify instances for its
/// configuration and static files, and Linux allows 128 per user by default. Polling watchers need none.
/// </summary>
internal static class FileWatching
{
    [ModuleInitializer]
    internal static void UsePolling()
    {
        Environment.SetEnvironmentVariable("DOTNET_USE_POLLING_FILE_WATCHER", "true");
        Environment.SetEnvironmentVariable("DOTNET_hostBuilder__reloadConfigOnChange", "false");
    }
}
