using Jingyuan.Cms.Audit;
using Jingyuan.Cms.Content.PersonalData;
using Jingyuan.Cms.Data;
using Jingyuan.Cms.Security;
using Microsoft.EntityFrameworkCore;

namespace Jingyuan.Cms.Content;

/// <summary>
/// Versions and review of content. Every change runs in one transaction together with its
/// audit entry, indexing task and the modules' handlers: it happens whole or not at all.
/// </summary>
public sealed partial class ContentManager(
    CmsDbContext db,
    IContentDefinitionManager definitions,
    ContentFieldValidator validator,
    ICurrentUser currentUser,
    IAuditTrail audit,
    IEnumerable<IContentHandler> allHandlers,
    Media.MediaUsageWriter mediaUsage,
    PersonalDataProtector personal,
    IRecordTypeAccess recordTypes,
    Archive.ArchiveGuard archived,
    TimeProvider clock) : IContentManager
{
    // Disabled modules' handlers are not in the list at all (ModuleContributions).
    private IEnumerable<IContentHandler> Handlers => allHandlers;

    private DbSet<ContentItemRecord> Items => db.Set<ContentItemRecord>();

    public async Task<ContentItem> NewAsync(string contentType)
    {
        _ = await RequireTypeAsync(contentType);
        return new ContentItem
        {
            ContentItemId = Guid.NewGuid().ToString("n"), ContentType = contentType,
            DepartmentId = currentUser.DepartmentId, Owner = currentUser.UserName,
        };
    }

    public async Task<ContentItem?> GetLatestAsync(string contentItemId) =>
        MapOrNull(await Live().FirstOrDefaultAsync(r => r.ContentItemId == contentItemId && r.Latest));

    public async Task<ContentItem?> GetPublishedAsync(string contentItemId) =>
        MapOrNull(await Live().FirstOrDefaultAsync(r => r.ContentItemId == contentItemId && r.Published));

    public async Task<ContentItem?> GetVersionAsync(long versionId) =>
        MapOrNull(await Live().FirstOrDefaultAsync(r => r.Id == versionId));

    public async Task<IReadOnlyList<ContentItem>> GetVersionsAsync(string contentItemId) =>
        (await Live().Where(r => r.ContentItemId == contentItemId).OrderByDescending(r => r.Number).ToListAsync())
            .Select(Map).ToList();

    public async Task<ContentItem> SaveDraftAsync(ContentItem item, string? expectedStamp)
    {
        var type = await RequireTypeAsync(item.ContentType);
        var stored = await ApplyStoredIdentityAsync(item);
        var errors = await ValidateAsync(item, type);
        if (errors.Count > 0) throw new ContentValidationException(errors);

        await personal.EnsureKeyAsync();
        return await db.InTransactionAsync(() => WriteVersionAsync(item, type, stored is null, expectedStamp));
    }

    private async Task<ContentItem> WriteVersionAsync(ContentItem item, ResolvedContentType type, bool isNew, string? expectedStamp)
    {
        var previous = await Items.AsNoTracking().FirstOrDefaultAsync(r => r.ContentItemId == item.ContentItemId && r.Latest);
        if (isNew && previous is not null) throw new ContentStateException("该内容编号已被使用：新建的内容不能写入已有内容");
        if (!isNew && previous is null) throw new ContentStateException("内容不存在");
        if (previous is { Deleted: true }) throw new ContentStateException("内容已删除");
        if (previous is not null)
        {
            // The conditional update is the real guard: two editors holding the same stamp
            // cannot both succeed, whatever the timing.
            var stamp = expectedStamp ?? previous.ConcurrencyStamp;
            var superseded = await Items
                .Where(r => r.Id == previous.Id && r.Latest && r.ConcurrencyStamp == stamp)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.Latest, false));
            if (superseded != 1)
            {
                var current = await Items.AsNoTracking().Where(r => r.ContentItemId == item.ContentItemId && r.Latest)
                    .Select(r => new { r.ModifiedBy, r.ModifiedUtc }).FirstOrDefaultAsync();
                throw new ContentConcurrencyException(current?.ModifiedBy ?? previous.ModifiedBy,
                    DateTime.SpecifyKind(current?.ModifiedUtc ?? previous.ModifiedUtc, DateTimeKind.Utc));
            }
        }

        var now = clock.GetUtcNow().UtcDateTime;
        item.Number = (previous?.Number ?? 0) + 1;
        item.Status = ContentStatus.Draft;
        item.Latest = true;
        item.Published = false;
        item.ReviewComment = null;
        item.CreatedUtc = previous?.CreatedUtc ?? now;
        // Identity and state are the stored item's (or, for a new one, the acting user's), never the caller's.
        item.Owner = previous?.Owner ?? currentUser.UserName;
        item.PublishedUtc = previous?.PublishedUtc;
        if (previous is not null)
        {
            // Checked again on the row read inside the transaction; only a user who writes for every unit moves an item.
            await RequireDepartmentAsync(previous.DepartmentId);
            if (item.DepartmentId != previous.DepartmentId) await RequireDepartmentAsync(null);
        }
        item.ModifiedBy = currentUser.UserName;
        item.ModifiedUtc = now;
        item.ConcurrencyStamp = Guid.NewGuid().ToString("n");

        var record = await ContentItemMapper.ToRecordAsync(item, type, personal);
        Items.Add(record);
        await db.SaveChangesAsync();
        item.VersionId = record.Id;
        await mediaUsage.RecordAsync(item, type);

        var before = previous is null ? null : ContentItemText.Render(Map(previous), type);
        await audit.RecordAsync(new AuditEntry(
            previous is null ? AuditEvents.ContentCreated : AuditEvents.ContentEdited,
            $"{type.Type.DisplayName}「{item.DisplayText}」第{item.Number}版",
            item.ContentItemId, item.ContentType, item.DepartmentId,
            TextDiff.Describe(before, ContentItemText.Render(item, type))));
        foreach (var handler in Handlers) await handler.SavedAsync(item);
        return item;
    }

    public async Task<IReadOnlyDictionary<string, string[]>> ValidateAsync(ContentItem item) =>
        await ValidateAsync(item, await RequireTypeAsync(item.ContentType));

    private async Task<IReadOnlyDictionary<string, string[]>> ValidateAsync(ContentItem item, ResolvedContentType type)
    {
        var errors = new Dictionary<string, string[]>(validator.ValidateAndNormalize(type, item));
        await CheckInputAsync(item, type, errors);
        // Derived values first (from normalized input), then the handlers' checks, which must not change the item.
        foreach (var handler in Handlers) await handler.DerivingAsync(item);
        // Checks see a copy: a handler that changes what it validates cannot change what is saved.
        var snapshot = ReadOnlyCopy(item);
        foreach (var handler in Handlers) await handler.ValidatingAsync(snapshot, errors);
        return errors;
    }

    private static ContentItem ReadOnlyCopy(ContentItem item)
    {
        var copy = item.CloneAsNewVersion();
        copy.Number = item.Number;
        copy.Status = item.Status;
        copy.Latest = item.Latest;
        copy.Published = item.Published;
        copy.ModifiedBy = item.ModifiedBy;
        copy.ModifiedUtc = item.ModifiedUtc;
        copy.ReviewComment = item.ReviewComment;
        return copy;
    }

    private IQueryable<ContentItemRecord> Live() => Items.AsNoTracking().Where(r => !r.Deleted);

    private ContentItem Map(ContentItemRecord r) => ContentItemMapper.ToItem(r, personal);

    private ContentItem? MapOrNull(ContentItemRecord? r) => r is null ? null : Map(r);

    private async Task<ResolvedContentType> RequireTypeAsync(string contentType) =>
        await definitions.GetTypeAsync(contentType)
        ?? throw new ContentStateException($"内容类型 {contentType} 不存在或所属模块未启用");
}
