namespace Jingyuan.Cms.Modules.Search.Services;

/// <summary>Configuration section "Search".</summary>
public sealed class SearchOptions
{
    /// <summary>How often the indexing-task log is read, in seconds.</summary>
    public double PollIntervalSeconds { get; set; } = 2;
    /// <summary>Tasks read and committed together.</summary>
    public int BatchSize { get; set; } = 100;
    /// <summary>Content items loaded per page during a rebuild.</summary>
    public int RebuildPageSize { get; set; } = 200;
}
