namespace Jingyuan.Cms.Content;

/// <summary>Reads and changes content types and parts (stored in the database).</summary>
public interface IContentDefinitionManager
{
    Task<IReadOnlyList<ContentTypeDefinition>> ListTypesAsync(bool includeDisabledModules = false);
    Task<ResolvedContentType?> GetTypeAsync(string name);
    Task<ContentPartDefinition?> GetPartAsync(string name);
    /// <summary>Creates or replaces a type definition; validates field names and settings.</summary>
    Task SaveTypeAsync(ContentTypeDefinition type);
    Task SavePartAsync(ContentPartDefinition part);
    Task DeleteTypeAsync(string name);
}
