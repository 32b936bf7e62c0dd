using System.Reflection;
using System.Xml.Linq;
using Jingyuan.Cms.Tests.TestSupport;

namespace Jingyuan.Cms.Tests.Architecture;

/// <summary>
/// Modules and themes know the host only through its contracts: among the solution's projects they
/// reference src/Jingyuan.Cms.Abstractions and nothing else — not Core, not the Web host, not each other.
/// Checked twice: in the project files, and in the compiled assemblies (which also catches a reference
/// smuggled in through a HintPath or a package).
/// </summary>
public sealed class ModuleReferenceTests
{
    private const string Abstractions = "Jingyuan.Cms.Abstractions";

    public static TheoryData<string> Extensions() => [.. ExtensionProjects().Select(p => Path.GetRelativePath(RepoFiles.Root, p))];

    [Fact]
    public void Modules_and_themes_are_found()
    {
        var names = ExtensionProjects().Select(Path.GetFileNameWithoutExtension).ToList();
        Assert.Contains("Jingyuan.Cms.Modules.Industry", names);
        Assert.Contains("Jingyuan.Cms.Themes.Admin", names);
    }

    [Theory, MemberData(nameof(Extensions))]
    public void The_project_file_references_only_the_abstractions(string project)
    {
        Assert.Equal([], ForbiddenProjectReferences(Path.Combine(RepoFiles.Root, project)));
    }

    [Theory, MemberData(nameof(Extensions))]
    public void The_built_assembly_references_only_the_abstractions(string project)
    {
        var assembly = Assembly.Load(Path.GetFileNameWithoutExtension(project));
        Assert.Equal([], ForbiddenAssemblyReferences(assembly));
    }

    [Fact]
    public void The_checks_catch_a_module_referencing_core_or_another_module()
    {
        var folder = Path.Combine(Path.GetTempPath(), "jingyuan-arch-" + Guid.NewGuid().ToString("n"), "modules", "Jingyuan.Cms.Modules.Bad");
        Directory.CreateDirectory(folder);
        try
        {
            var csproj = Path.Combine(folder, "Jingyuan.Cms.Modules.Bad.csproj");
            File.WriteAllText(csproj, """
                <Project Sdk="Microsoft.NET.Sdk.Razor">
                  <ItemGroup>
                    <ProjectReference Include="../../src/Jingyuan.Cms.Abstractions/Jingyuan.Cms.Abstractions.csproj" />
                    <ProjectReference Include="../../src/Jingyuan.Cms.Core/Jingyuan.Cms.Core.csproj" />
                    <ProjectReference Include="..\Jingyuan.Cms.Modules.Notices\Jingyuan.Cms.Modules.Notices.csproj" />
                  </ItemGroup>
                </Project>
                """);
            Assert.Equal(["Jingyuan.Cms.Core", "Jingyuan.Cms.Modules.Notices"], ForbiddenProjectReferences(csproj));
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(Path.GetDirectoryName(folder))!, recursive: true);
        }
        // The test assembly references Core and Web, as a module must not.
        Assert.Contains("Jingyuan.Cms.Core", ForbiddenAssemblyReferences(typeof(ModuleReferenceTests).Assembly));
    }

    private static IEnumerable<string> ExtensionProjects() =>
        new[] { "modules", "themes" }
            .Select(folder => Path.Combine(RepoFiles.Root, folder))
            .Where(Directory.Exists)
            .SelectMany(folder => Directory.EnumerateFiles(folder, "*.csproj", SearchOption.AllDirectories))
            .Where(p => !p.Split(Path.DirectorySeparatorChar).Intersect(["bin", "obj", "node_modules"]).Any())
            .Order(StringComparer.Ordinal);

    /// <summary>Names of referenced projects other than the abstractions.</summary>
    private static List<string> ForbiddenProjectReferences(string csproj) =>
        XDocument.Load(csproj).Descendants()
            .Where(e => e.Name.LocalName == "ProjectReference")
            .Select(e => Path.GetFileNameWithoutExtension(e.Attribute("Include")!.Value.Replace('\\', '/')))
            .Where(name => name != Abstractions)
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>Referenced Jingyuan.Cms.* assemblies other than the abstractions: Core, Web, modules, themes.</summary>
    private static List<string> ForbiddenAssemblyReferences(Assembly assembly) =>
        assembly.GetReferencedAssemblies()
            .Select(a => a.Name!)
            .Where(name => name.StartsWith("Jingyuan.Cms.", StringComparison.Ordinal) && name != Abstractions)
            .Order(StringComparer.Ordinal)
            .ToList();
}
