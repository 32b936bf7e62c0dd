namespace Jingyuan.Cms.Modules;

/// <summary>The site's data folder (SQLite file, media, search index). Modules keep their files under it.</summary>
public interface IAppDataFolder
{
    string Root { get; }
    /// <summary>A sub-folder for one module, created if missing.</summary>
    string For(string name);
}
