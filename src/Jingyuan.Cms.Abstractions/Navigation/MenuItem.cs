namespace Jingyuan.Cms.Navigation;

/// <summary>An entry of the admin menu or the public navigation.</summary>
public sealed class MenuItem
{
    /// <summary>Entries with one id merge into one (several modules adding under one group); defaults to the text.</summary>
    public string? Id { get; init; }
    public required string Text { get; init; }
    public string? Url { get; init; }
    /// <summary>Ordering among siblings; lower first.</summary>
    public int Position { get; init; } = 100;
    /// <summary>Permission needed to see the entry; null for everyone.</summary>
    public Security.Permission? Permission { get; init; }
    public List<MenuItem> Children { get; } = [];

    public string Key => Id ?? Text;
}

public interface IAdminMenuProvider
{
    /// <summary>Adds entries; the host filters them by the user's permissions.</summary>
    Task BuildAsync(ICollection<MenuItem> menu);
}

public interface IPublicNavigationProvider
{
    Task BuildAsync(ICollection<MenuItem> navigation);
}
