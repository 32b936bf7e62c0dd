namespace Jingyuan.Cms.Modules;

/// <summary>Data a module imports on start when it is missing (the 2023 plan recipe, for one).</summary>
public interface IStartupSeeder
{
    Task SeedAsync();
}

/// <summary>
/// A command run instead of the site:
/// <c>dotnet run --project src/Jingyuan.Cms.Web -- NAME args</c>. Returns the exit code.
/// </summary>
public interface ICommandLineVerb
{
    string Name { get; }
    string Usage { get; }
    Task<int> RunAsync(string[] args, IServiceProvider services);
}
