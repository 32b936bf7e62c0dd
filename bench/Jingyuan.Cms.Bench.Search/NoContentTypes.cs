using Jingyuan.Cms.Content;
using Jingyuan.Cms.Modules;

namespace Jingyuan.Cms.Bench.Search;

/// <summary>No content type definitions: the search service's type lookup costs nothing here.</summary>
internal sealed class NoContentTypes : IContentDefinitionManager
{
    public Task<IReadOnlyList<ContentTypeDefinition>> ListTypesAsync(bool includeDisabledModules = false) =>
        Task.FromResult<IReadOnlyList<ContentTypeDefinition>>([]);
    public Task<ResolvedContentType?> GetTypeAsync(string name) => Task.FromResult<ResolvedContentType?>(null);
    public Task<ContentPartDefinition?> GetPartAsync(string name) => Task.FromResult<ContentPartDefinition?>(null);
    public Task SaveTypeAsync(ContentTypeDefinition type) => Task.CompletedTask;
    public Task SavePartAsync(ContentPartDefinition part) => Task.CompletedTask;
    public Task DeleteTypeAsync(string name) => Task.CompletedTask;
}

/// <summary>Every module enabled.</summary>
internal sealed class AllModulesEnabled : IModuleState
{
    public IReadOnlyList<ModuleDescriptor> AllModules => [];
    public bool IsEnabled(string moduleId) => true;
    public ModuleDescriptor? FindByAssembly(System.Reflection.Assembly assembly) => null;
}
