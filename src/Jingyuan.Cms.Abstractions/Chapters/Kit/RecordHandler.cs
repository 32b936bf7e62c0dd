using System.Linq.Expressions;
using Jingyuan.Cms.Content;

namespace Jingyuan.Cms.Chapters;

/// <summary>
/// Rules of one record type beyond its declared fields, typed: called only for items of
/// <typeparamref name="TRecord"/>, on every write path. <see cref="Derive"/> sets values that follow from
/// others; <see cref="Validate"/> checks a copy, so it cannot change what is saved.
/// </summary>
public abstract class RecordHandler<TRecord> : IContentHandler where TRecord : ChapterRecord, new()
{
    private static readonly string TypeName = ChapterRecords.TypeName<TRecord>();

    /// <summary>Set derived values on <paramref name="record"/>; changes are written back to the item.</summary>
    protected virtual void Derive(TRecord record, ContentItem item) { }

    protected virtual void Validate(TRecord record, ContentItem item, RecordErrors<TRecord> errors) { }

    protected virtual Task PublishedAsync(TRecord record, ContentItem item) => Task.CompletedTask;

    public Task DerivingAsync(ContentItem item)
    {
        if (item.ContentType != TypeName) return Task.CompletedTask;
        var record = ChapterRecords.Read<TRecord>(item);
        Derive(record, item);
        ChapterRecords.WriteChanges(record, item);
        return Task.CompletedTask;
    }

    public Task ValidatingAsync(ContentItem item, IDictionary<string, string[]> errors)
    {
        if (item.ContentType == TypeName) Validate(ChapterRecords.Read<TRecord>(item), item, new RecordErrors<TRecord>(errors));
        return Task.CompletedTask;
    }

    public Task PublishedAsync(ContentItem item) =>
        item.ContentType == TypeName ? PublishedAsync(ChapterRecords.Read<TRecord>(item), item) : Task.CompletedTask;
}

/// <summary>Messages keyed by the field they concern (the form shows them beside it, imports name its column).</summary>
public sealed class RecordErrors<TRecord>(IDictionary<string, string[]> errors) where TRecord : ChapterRecord
{
    /// <summary>Adds a message for a field that has none yet (the first reason is the one shown).</summary>
    public void Add(Expression<Func<TRecord, object?>> field, string message) => Add(ChapterRecords.FieldName(field), message);

    public void Add(string field, string message) => errors.TryAdd(field, [message]);

    public bool Has(Expression<Func<TRecord, object?>> field) => errors.ContainsKey(ChapterRecords.FieldName(field));
}
