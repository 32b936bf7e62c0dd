namespace Jingyuan.Cms.Content;

/// <summary>
/// Creates, versions and moves content through review. Acts as the current user
/// (for owner, audit and history). Callers check pages and actions through <see cref="IContentAuthorizer"/>;
/// the engine itself still refuses, with <see cref="ContentForbiddenException"/>, a department-scoped user's
/// write to another department's item and a review action without the review right. Work outside a
/// signed-in request (recipes, start-up) acts as the system, with every right.
/// </summary>
public interface IContentManager
{
    /// <summary>A new, unsaved item of the type with an id assigned.</summary>
    Task<ContentItem> NewAsync(string contentType);

    Task<ContentItem?> GetLatestAsync(string contentItemId);
    Task<ContentItem?> GetPublishedAsync(string contentItemId);
    Task<ContentItem?> GetVersionAsync(long versionId);
    /// <summary>All versions, newest first.</summary>
    Task<IReadOnlyList<ContentItem>> GetVersionsAsync(string contentItemId);

    /// <summary>
    /// Validates and stores the item as a new draft version. An item never saved (from <see cref="NewAsync"/>,
    /// <see cref="ContentItem.VersionId"/> 0) becomes a new item, refused if its id is taken; for an existing
    /// item the id, type, owner, department (unless the user writes for every unit) and state are the stored
    /// latest version's, whatever the object says. <paramref name="expectedStamp"/>
    /// is the stamp of the version the editor opened; if someone saved since,
    /// a <see cref="ContentConcurrencyException"/> is thrown and nothing is written.
    /// Invalid values throw <see cref="ContentValidationException"/>.
    /// </summary>
    Task<ContentItem> SaveDraftAsync(ContentItem item, string? expectedStamp);

    /// <summary>
    /// The errors <see cref="SaveDraftAsync"/> would raise, without writing anything
    /// (lets an import check every row before storing any). Normalizes the item as a save would.
    /// </summary>
    Task<IReadOnlyDictionary<string, string[]>> ValidateAsync(ContentItem item);

    /// <summary>
    /// Validates every item of a batch (its type read once) without writing anything; the errors of
    /// each invalid item are keyed by its position in <see cref="ContentBatch.Items"/>.
    /// </summary>
    Task<IReadOnlyDictionary<int, IReadOnlyDictionary<string, string[]>>> ValidateManyAsync(ContentBatch batch);

    /// <summary>
    /// Creates every item of the batch as a new item (fresh ids, first versions) in one short
    /// transaction with batched inserts, after validating all of them outside it. If any item is
    /// invalid, nothing is written and the errors come back as from <see cref="ValidateManyAsync"/>.
    /// </summary>
    Task<IReadOnlyDictionary<int, IReadOnlyDictionary<string, string[]>>> CreateManyAsync(ContentBatch batch);

    Task<ContentItem> SubmitAsync(string contentItemId);
    Task<ContentItem> RejectAsync(string contentItemId, string reason);
    /// <summary>
    /// Approves and publishes the latest version, which must have been submitted for review;
    /// the previously published one is archived.
    /// </summary>
    Task<ContentItem> PublishAsync(string contentItemId);
    /// <summary>
    /// Publishes several submitted items (a reviewed monthly import) in one transaction: all or none,
    /// and computed figures are recomputed once. Each item is checked as <see cref="PublishAsync"/> does.
    /// </summary>
    Task<IReadOnlyList<ContentItem>> PublishManyAsync(IReadOnlyList<string> contentItemIds);
    /// <summary>Removes the item from public view; its versions stay in history.</summary>
    Task<ContentItem> UnpublishAsync(string contentItemId, string? reason = null);
    /// <summary>Soft delete: hidden everywhere, history kept for the audit trail.</summary>
    Task DeleteAsync(string contentItemId);

    Task<PagedResult<ContentItem>> QueryAsync(ContentQuery query);
    /// <summary>Sum of a number field over the items matched (computed in SQL).</summary>
    Task<decimal> SumAsync(ContentQuery query, string numberField);
}
