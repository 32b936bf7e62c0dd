using Jingyuan.Cms.Content;
using Jingyuan.Cms.Modules.Notices.Models;

namespace Jingyuan.Cms.Modules.Notices.Services;

/// <summary>The public types of enabled modules declared for the feed (<see cref="ContentTypeDefinition.InFeed"/>), besides notices.</summary>
public sealed class FeedTypes(IContentDefinitionManager definitions)
{
    public async Task<IReadOnlyList<ContentTypeDefinition>> ListAsync() =>
        (await definitions.ListTypesAsync()).Where(t => t is { InFeed: true, PublicVisible: true } && t.Name != NoticeType.Name).ToList();
}
