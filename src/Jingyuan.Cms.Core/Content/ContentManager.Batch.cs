using Jingyuan.Cms.Audit;
using Jingyuan.Cms.Data;
using Jingyuan.Cms.Security;
using Microsoft.EntityFrameworkCore;

namespace Jingyuan.Cms.Content;

/// <summary>
/// Many new items at once (imports): validated outside the transaction, then written in one short
/// transaction. The write lock is held only for the inserts and their audit entries, so other
/// users' saves wait a moment instead of failing.
/// </summary>
public sealed partial class ContentManager
{
    private const int ProgressEvery = 50;

    public async Task<IReadOnlyDictionary<int, IReadOnlyDictionary<string, string[]>>> ValidateManyAsync(ContentBatch batch) =>
        batch.Items.Count == 0 ? new Dictionary<int, IReadOnlyDictionary<string, string[]>>() : await ValidateManyAsync(batch, await BatchTypeAsync(batch));

    public async Task<IReadOnlyDictionary<int, IReadOnlyDictionary<string, string[]>>> CreateManyAsync(ContentBatch batch)
    {
        if (batch.Items.Count == 0) return new Dictionary<int, IReadOnlyDictionary<string, string[]>>();
        var type = await BatchTypeAsync(batch);
        // The same rule as a single create: a department-scoped user creates only their own unit's items.
        var scope = await WriteScopeAsync();
        if (scope is { } own && batch.Items.Any(i => i.DepartmentId != own))
            throw new ContentForbiddenException("只能为本单位新建内容");
        await RequireTypeRightAsync(scope, type.Type.Name, RecordTypeAction.Create);
        var errors = await ValidateManyAsync(batch, type);
        if (errors.Count > 0) return errors;

        // Everything that needs no lock is done before the transaction: ids, stamps, rows, diffs.
        var now = clock.GetUtcNow().UtcDateTime;
        var rows = new List<(ContentItem Item, ContentItemRecord Record, string Text)>(batch.Items.Count);
        foreach (var item in batch.Items) rows.Add(await PrepareAsync(item, type, batch.Submit, now));
        if (batch.Writing is not null) await batch.Writing();

        var detect = db.ChangeTracker.AutoDetectChangesEnabled;
        var savepoints = db.Database.AutoSavepointsEnabled;
        // A few large saves: no change scan and no savepoint round trips
        // (the whole batch is one transaction, rolled back whole on any failure).
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        db.Database.AutoSavepointsEnabled = false;
        try
        {
            await db.InTransactionAsync(async () =>
            {
                // The versions through EF (their ids are needed), their many index rows in bulk after them.
                var indexes = rows.Select(r => (r.Record, Rows: r.Record.FieldIndex)).ToList();
                foreach (var (record, _) in indexes) record.FieldIndex = [];
                Items.AddRange(rows.Select(r => r.Record));
                await db.SaveChangesAsync(batch.CancellationToken);
                foreach (var (item, record, _) in rows)
                {
                    item.VersionId = record.Id;
                    db.Entry(record).State = EntityState.Detached;
                }
                foreach (var (record, index) in indexes)
                {
                    foreach (var row in index) row.VersionId = record.Id;
                    record.FieldIndex = index;
                }
                await BulkInsert.InsertAsync(db, indexes.SelectMany(i => i.Rows).ToList(), batch.CancellationToken);
                db.AddRange(rows.SelectMany(r => Media.MediaUsageWriter.UsagesOf(r.Item, type)));
                // One chained write for all entries: thousands of single audit saves held the lock for most of the import.
                var entries = new List<AuditEntry>(rows.Count * 2);
                foreach (var (item, _, text) in rows)
                {
                    entries.Add(new AuditEntry(AuditEvents.ContentCreated,
                        $"{type.Type.DisplayName}「{item.DisplayText}」第1版", item.ContentItemId, item.ContentType, item.DepartmentId,
                        TextDiff.Describe(null, text)));
                    if (batch.Submit)
                        entries.Add(new AuditEntry(AuditEvents.ContentSubmitted, $"提交审核「{item.DisplayText}」第1版",
                            item.ContentItemId, item.ContentType, item.DepartmentId));
                }
                await audit.RecordManyAsync(entries);
                if (batch.Summary is not null) await audit.RecordAsync(batch.Summary);
                foreach (var (item, _, _) in rows) await Each(h => h.SavedAsync(item));
            }, batch.CancellationToken);
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = detect;
            db.Database.AutoSavepointsEnabled = savepoints;
        }
        return errors;
    }

    private async Task<IReadOnlyDictionary<int, IReadOnlyDictionary<string, string[]>>> ValidateManyAsync(ContentBatch batch, ResolvedContentType type)
    {
        var errors = new Dictionary<int, IReadOnlyDictionary<string, string[]>>();
        for (var i = 0; i < batch.Items.Count; i++)
        {
            batch.CancellationToken.ThrowIfCancellationRequested();
            var invalid = await ValidateAsync(batch.Items[i], type);
            if (invalid.Count > 0) errors[i] = invalid;
            if (batch.Validated is not null && ((i + 1) % ProgressEvery == 0 || i + 1 == batch.Items.Count))
                await batch.Validated(i + 1, batch.Items.Count);
        }
        return errors;
    }

    private async Task<ResolvedContentType> BatchTypeAsync(ContentBatch batch)
    {
        var name = batch.Items[0].ContentType;
        if (batch.Items.Any(i => i.ContentType != name)) throw new ArgumentException("A batch holds items of one content type.", nameof(batch));
        return await RequireTypeAsync(name);
    }

    /// <summary>A batch only ever creates: the id, owner, status and stamps are the engine's, never the caller's.</summary>
    private async Task<(ContentItem Item, ContentItemRecord Record, string Text)> PrepareAsync(ContentItem item, ResolvedContentType type, bool submit, DateTime now)
    {
        item.ContentItemId = Guid.NewGuid().ToString("n");
        item.Number = 1;
        item.Status = submit ? ContentStatus.Submitted : ContentStatus.Draft;
        item.Latest = true;
        item.Published = false;
        item.PublishedUtc = null;
        item.ReviewComment = null;
        item.CreatedUtc = now;
        item.ModifiedUtc = now;
        item.Owner = currentUser.UserName;
        item.ModifiedBy = currentUser.UserName;
        item.ConcurrencyStamp = Guid.NewGuid().ToString("n");
        return (item, await ContentItemMapper.ToRecordAsync(item, type, personal), ContentItemText.Render(item, type));
    }
}
