using Jingyuan.Cms.Content;
using Jingyuan.Cms.Departments;
using Jingyuan.Cms.Modules.Supervision.Models;
using Jingyuan.Cms.Time;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using I = Jingyuan.Cms.Modules.Supervision.Models.SupervisionItemType;

namespace Jingyuan.Cms.Modules.Supervision.Services;

/// <summary>Builds an item's page for a viewer: the office, the lead unit, an assisting unit, or a user who may view the item.</summary>
public sealed class SupervisionPages(IContentManager contents, IContentAuthorizer authorizer, IDepartmentStore departments,
    SupervisionLoop loop, TimeProvider clock)
{
    /// <summary>Null when there is no such item; 403 when the viewer may not see it.</summary>
    public async Task<IActionResult?> ItemAsync(Controller controller, string id, IReadOnlyDictionary<string, string[]> errors, string? problem)
    {
        var item = await contents.GetLatestAsync(id);
        if (item is null || item.ContentType != I.Name) return null;
        var coordinator = await loop.IsCoordinatorAsync();
        var assisting = AssistingIds(item);
        var user = controller.User;
        if (!coordinator && !await authorizer.CanAsync(user, ContentAction.View, item)
            && !(Security.ClaimsPrincipalExtensions.DepartmentId(user) is { } own && assisting.Contains(own)))
            return controller.Forbid();
        var names = (await departments.ListAsync()).ToDictionary(d => d.Id, d => d.Name);
        var files = item.GetFiles(I.Evidence).ToDictionary(f => f.Id);
        var model = new SupervisionItemModel(item, SupervisionStep.Of(item), SupervisionLights.On(item, ChinaTime.Today(clock)),
            item.DepartmentId is { } d ? names.GetValueOrDefault(d, "") : "",
            assisting.Select(a => names.GetValueOrDefault(a, "")).Where(n => n.Length > 0).ToList(), files,
            coordinator, await loop.IsLeadUnitAsync(item), errors, problem);
        if (errors.Count > 0 || problem is not null)
            controller.Response.StatusCode = problem is not null ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest;
        return controller.View("~/Views/Supervision/Detail.cshtml", model);
    }

    public static IReadOnlyList<int> AssistingIds(ContentItem item) =>
        (item.GetText(I.AssistingUnits) ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries)
            .Select(s => int.TryParse(s, out var v) ? v : 0).Where(v => v > 0).ToList();
}
