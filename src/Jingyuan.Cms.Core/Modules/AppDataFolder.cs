namespace Jingyuan.Cms.Modules;

public sealed class AppDataFolder(string root) : IAppDataFolder
{
    public string Root { get; } = root;

    public string For(string name)
    {
        var path = Path.Combine(Root, name);
        Directory.CreateDirectory(path);
        return path;
    }
}
