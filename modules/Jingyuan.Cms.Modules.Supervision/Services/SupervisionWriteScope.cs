using Jingyuan.Cms.Content;
using Jingyuan.Cms.Modules.Supervision.Models;

namespace Jingyuan.Cms.Modules.Supervision.Services;

/// <summary>Set while the module itself saves a 督办事项 or 通报, so no other path (the generic editor, an import) can.</summary>
public sealed class SupervisionWriteScope
{
    public bool Active { get; private set; }

    public async Task<T> RunAsync<T>(Func<Task<T>> work)
    {
        Active = true;
        try { return await work(); }
        finally { Active = false; }
    }
}

/// <summary>
/// Refuses every save of a 督办事项 or 通报 made outside the module's actions: the stage, the steps and their
/// authors come from the server's actions only, never from a form (not even the generic content editor's).
/// </summary>
public sealed class SupervisionContentGuard(SupervisionWriteScope scope) : IContentHandler
{
    public Task ValidatingAsync(ContentItem item, IDictionary<string, string[]> errors)
    {
        if (item.ContentType is SupervisionItemType.Name or SupervisionCircularType.Name && !scope.Active)
            errors[""] = ["督办事项和督办通报只能在“督查督办”页面中办理"];
        // Rounds and visits too: a visit's leader must be one of its site's, which only the visit page checks.
        else if (item.ContentType is InspectionRoundType.Name or LeaderVisitType.Name && !scope.Active)
            errors[""] = ["督查轮次和包抓走访记录只能在“督查督办”页面中记录"];
        return Task.CompletedTask;
    }
}
