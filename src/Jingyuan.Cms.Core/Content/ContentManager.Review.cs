using Jingyuan.Cms.Audit;
using Jingyuan.Cms.Data;
using Jingyuan.Cms.Security;
using Microsoft.EntityFrameworkCore;

namespace Jingyuan.Cms.Content;

public sealed partial class ContentManager
{
    public Task<ContentItem> SubmitAsync(string contentItemId) =>
        TransitionLatestAsync(contentItemId, AuditEvents.ContentSubmitted, "提交审核", async latest =>
        {
            await RequireDepartmentAsync(latest.DepartmentId);
            await RequireTypeRightAsync(await WriteScopeAsync(), latest.ContentType, RecordTypeAction.Submit);
            if (latest.Status is not (ContentStatus.Draft or ContentStatus.Rejected or ContentStatus.Archived))
                throw new ContentStateException("只有草稿、已退回或已撤下的版本可以提交审核");
            latest.Status = ContentStatus.Submitted;
            latest.ReviewComment = null;
        });

    public Task<ContentItem> RejectAsync(string contentItemId, string reason)
    {
        if (string.IsNullOrWhiteSpace(reason)) throw new ContentValidationException(
            new Dictionary<string, string[]> { ["reason"] = ["请填写退回理由"] });
        return TransitionLatestAsync(contentItemId, AuditEvents.ContentRejected, $"退回：{reason}", async latest =>
        {
            await RequireReviewerAsync(latest.ContentType);
            if (latest.Status != ContentStatus.Submitted) throw new ContentStateException("只有待审核的版本可以退回");
            latest.Status = ContentStatus.Rejected;
            latest.ReviewComment = reason.Trim();
        });
    }

    public async Task<ContentItem> PublishAsync(string contentItemId)
    {
        var item = await TransitionLatestAsync(contentItemId, AuditEvents.ContentPublished, "发布", async latest =>
        {
            await RequireReviewerAsync(latest.ContentType);
            if (latest.Published) throw new ContentStateException("该版本已发布");
            // Publishing is approving: only what the department sent for review, never a draft still being written.
            if (latest.Status != ContentStatus.Submitted) throw new ContentStateException("只有已提交审核的版本可以发布");
            var now = clock.GetUtcNow().UtcDateTime;
            // The version published before is kept, archived, in history.
            await Items.Where(r => r.ContentItemId == contentItemId && r.Published)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.Published, false)
                    .SetProperty(r => r.Status, ContentStatus.Archived).SetProperty(r => r.UnpublishedUtc, now));
            latest.Status = ContentStatus.Published;
            latest.Published = true;
            latest.PublishedUtc = now;
            latest.UnpublishedUtc = null;
            latest.ReviewComment = null;
            AddIndexingTask(contentItemId, IndexingTaskType.Update, now);
        }, item => Each(h => h.PublishedAsync(item)));
        await audit.RecordAsync(new AuditEntry(AuditEvents.ContentApproved, $"审核通过「{item.DisplayText}」",
            item.ContentItemId, item.ContentType, item.DepartmentId));
        return item;
    }

    public Task<IReadOnlyList<ContentItem>> PublishManyAsync(IReadOnlyList<string> contentItemIds) => db.InTransactionAsync(async () =>
    {
        var published = new List<ContentItem>();
        foreach (var id in contentItemIds.Distinct()) published.Add(await PublishAsync(id));
        return (IReadOnlyList<ContentItem>)published;
    });

    public Task<ContentItem> UnpublishAsync(string contentItemId, string? reason = null) => db.InTransactionAsync(async () =>
    {
        await RequireReviewerAsync();
        var published = await Items.FirstOrDefaultAsync(r => r.ContentItemId == contentItemId && r.Published && !r.Deleted)
            ?? throw new ContentStateException("该内容没有已发布的版本");
        await archived.RefuseIfArchivedAsync(published.ContentItemId, published.DisplayText);
        published.Published = false;
        published.Status = ContentStatus.Archived;
        published.UnpublishedUtc = clock.GetUtcNow().UtcDateTime;
        published.ReviewComment = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        published.ConcurrencyStamp = Guid.NewGuid().ToString("n");
        AddIndexingTask(contentItemId, IndexingTaskType.Delete, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync();
        db.Entry(published).State = EntityState.Detached;
        var item = Map(published);
        await audit.RecordAsync(new AuditEntry(AuditEvents.ContentUnpublished,
            $"撤回「{item.DisplayText}」" + (reason is null ? "" : $"，理由：{reason}"),
            item.ContentItemId, item.ContentType, item.DepartmentId));
        await Each(h => h.UnpublishedAsync(item));
        return item;
    });

    public Task DeleteAsync(string contentItemId) => db.InTransactionAsync(async () =>
    {
        var latest = await Items.AsNoTracking().FirstOrDefaultAsync(r => r.ContentItemId == contentItemId && r.Latest && !r.Deleted)
            ?? throw new ContentStateException("内容不存在");
        await archived.RefuseIfArchivedAsync(latest.ContentItemId, latest.DisplayText);
        await RequireDepartmentAsync(latest.DepartmentId);
        await Items.Where(r => r.ContentItemId == contentItemId)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Deleted, true).SetProperty(r => r.Published, false));
        AddIndexingTask(contentItemId, IndexingTaskType.Delete, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync();
        var item = Map(latest);
        await audit.RecordAsync(new AuditEntry(AuditEvents.ContentDeleted, $"删除「{item.DisplayText}」",
            item.ContentItemId, item.ContentType, item.DepartmentId));
        await Each(h => h.DeletedAsync(item));
    });

    private Task<ContentItem> TransitionLatestAsync(string contentItemId, string auditEvent, string summary,
        Func<ContentItemRecord, Task> change, Func<ContentItem, Task>? after = null) => db.InTransactionAsync(async () =>
    {
        var latest = await Items.FirstOrDefaultAsync(r => r.ContentItemId == contentItemId && r.Latest && !r.Deleted)
            ?? throw new ContentStateException("内容不存在");
        await archived.RefuseIfArchivedAsync(latest.ContentItemId, latest.DisplayText);
        await change(latest);
        latest.ConcurrencyStamp = Guid.NewGuid().ToString("n");
        await db.SaveChangesAsync();
        // Detached so later reads in this scope see the database, not a stale tracked copy.
        db.Entry(latest).State = EntityState.Detached;
        var item = Map(latest);
        await audit.RecordAsync(new AuditEntry(auditEvent, $"{summary}「{item.DisplayText}」第{item.Number}版",
            item.ContentItemId, item.ContentType, item.DepartmentId));
        if (after is not null) await after(item);
        return item;
    });

    private void AddIndexingTask(string contentItemId, IndexingTaskType type, DateTime now) =>
        db.Add(new IndexingTaskRecord { ContentItemId = contentItemId, Type = (int)type, CreatedUtc = now });

    private async Task Each(Func<IContentHandler, Task> call)
    {
        foreach (var handler in Handlers) await call(handler);
    }
}
