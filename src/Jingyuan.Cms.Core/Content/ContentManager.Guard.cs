using Jingyuan.Cms.Security;
using Microsoft.EntityFrameworkCore;

namespace Jingyuan.Cms.Content;

/// <summary>
/// What the engine itself enforces for every caller (host controllers, modules, imports): a create makes
/// a new item; an existing item's identity, owner, department and state come from its stored latest
/// version; a department-scoped user writes only their department's items; review needs the review right.
/// System work (no signed-in request: recipes, start-up, tests' setup) acts with every right.
/// </summary>
public sealed partial class ContentManager
{
    /// <summary>Null when the acting user writes every department's content, else their own department.</summary>
    private async Task<int?> WriteScopeAsync()
    {
        if (await currentUser.HasPermissionAsync(StandardPermissions.EditAllContent)) return null;
        if (currentUser.DepartmentId is { } own && await currentUser.HasPermissionAsync(StandardPermissions.EditOwnDepartmentContent))
            return own;
        throw new ContentForbiddenException("您没有编辑内容的权限");
    }

    /// <summary>Same as <see cref="WriteScopeAsync"/> without refusing: -1 (no department) when the user may write nothing.</summary>
    private async Task<int?> FieldScopeAsync()
    {
        try { return await WriteScopeAsync(); }
        catch (ContentForbiddenException) { return -1; }
    }

    private async Task RequireDepartmentAsync(int? storedDepartment)
    {
        if (await WriteScopeAsync() is { } own && storedDepartment != own)
            throw new ContentForbiddenException("该内容属于其他单位，您不能修改");
    }

    private async Task RequireReviewerAsync(string? contentType = null)
    {
        if (await currentUser.HasPermissionAsync(StandardPermissions.ReviewContent)) return;
        // A department the administrator granted a type's publish right may review that type.
        if (contentType is not null && currentUser.DepartmentId is { } own
            && await recordTypes.DepartmentMayAsync(own, contentType, RecordTypeAction.Publish)) return;
        throw new ContentForbiddenException("您没有审核权限");
    }

    /// <summary>
    /// Per-type rights of chapter record types (<see cref="RecordTypePermissions"/>): a department-scoped
    /// writer needs their unit's grant for the type; users who write for every unit and types of no chapter pass.
    /// </summary>
    private async Task RequireTypeRightAsync(int? scope, string contentType, RecordTypeAction action)
    {
        if (scope is not { } own || !await recordTypes.IsGovernedAsync(contentType)) return;
        if (await recordTypes.DepartmentMayAsync(own, contentType, action)) return;
        var what = action switch
        {
            RecordTypeAction.Create => "新建", RecordTypeAction.Submit => "提交", _ => "编辑",
        };
        throw new ContentForbiddenException($"本单位不负责「{contentType}」所属专栏的任务，不能{what}该类记录（可请系统管理员调整部门权限）");
    }

    /// <summary>
    /// Puts the stored item's identity on the incoming one (or checks a create is really new) before
    /// validation, so handlers see the department and owner that will be stored. Returns the stored latest row.
    /// </summary>
    private async Task<Data.ContentItemRecord?> ApplyStoredIdentityAsync(ContentItem item)
    {
        var scope = await WriteScopeAsync();
        if (item.VersionId == 0)
        {
            if (string.IsNullOrEmpty(item.ContentItemId)) item.ContentItemId = Guid.NewGuid().ToString("n");
            else if (await Items.AnyAsync(r => r.ContentItemId == item.ContentItemId))
                throw new ContentStateException("该内容编号已被使用：新建的内容不能写入已有内容");
            if (scope is { } own && item.DepartmentId != own)
                throw new ContentForbiddenException("只能为本单位新建内容");
            await RequireTypeRightAsync(scope, item.ContentType, RecordTypeAction.Create);
            item.Owner = currentUser.UserName;
            item.PublishedUtc = null;
            return null;
        }

        var previous = await Items.AsNoTracking().FirstOrDefaultAsync(r => r.ContentItemId == item.ContentItemId && r.Latest)
            ?? throw new ContentStateException("内容不存在");
        if (previous.Deleted) throw new ContentStateException("内容已删除");
        await archived.RefuseIfArchivedAsync(previous.ContentItemId, previous.DisplayText);
        if (scope is { } mine && previous.DepartmentId != mine)
            throw new ContentForbiddenException("该内容属于其他单位，您不能修改");
        if (previous.ContentType != item.ContentType) throw new ContentStateException("内容类型不能更改");
        await RequireTypeRightAsync(scope, previous.ContentType, RecordTypeAction.EditOwn);
        // Only a user who writes for every department may move an item to another one.
        if (scope is not null) item.DepartmentId = previous.DepartmentId;
        item.Owner = previous.Owner;
        item.CreatedUtc = previous.CreatedUtc;
        item.PublishedUtc = previous.PublishedUtc;
        return previous;
    }
}
