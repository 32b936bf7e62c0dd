namespace Jingyuan.Cms.Tests.TestSupport;

/// <summary>Files of the repository (seeds/...), found by walking up from the test binaries to the solution.</summary>
public static class RepoFiles
{
    public static string Root { get; } = FindRoot();

    public static string SeedsFolder => Path.Combine(Root, "seeds");

    public static string Seed(string fileName) => Path.Combine(SeedsFolder, fileName);

    public static string ReadSeed(string fileName) => File.ReadAllText(Seed(fileName));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Jingyuan.Cms.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("Jingyuan.Cms.sln not found above " + AppContext.BaseDirectory);
    }
}
