using System.Collections.Concurrent;
using Jingyuan.Cms.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jingyuan.Cms.Content;

/// <summary>
/// Content type and part definitions in memory, shared by every request of a node. Each change bumps
/// one version row in its transaction; a node reads that number once per request (one tiny query) and
/// drops its copies when it moved, so a change made on any node is seen by all at their next request.
/// Imports, which look a type up for every row, no longer read the definitions four times per row.
/// </summary>
public sealed class ContentDefinitionCache
{
    private long version = -1;
    private readonly ConcurrentDictionary<string, ContentTypeRecord?> types = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ContentPartRecord?> parts = new(StringComparer.Ordinal);
    private volatile IReadOnlyList<ContentTypeRecord>? all;

    /// <summary>Drops everything if <paramref name="current"/> differs from the version the copies were read at.</summary>
    internal void Follow(long current)
    {
        if (Interlocked.Exchange(ref version, current) == current) return;
        types.Clear();
        parts.Clear();
        all = null;
    }

    /// <summary>After a local write: everything is read again, and the version checked again, from the next request on.</summary>
    internal void Invalidate() => Follow(-1);

    internal async Task<IReadOnlyList<ContentTypeRecord>> AllTypesAsync(Func<Task<List<ContentTypeRecord>>> load) =>
        all ??= await load();

    internal async Task<ContentTypeRecord?> TypeAsync(string name, Func<Task<ContentTypeRecord?>> load) =>
        types.TryGetValue(name, out var row) ? row : types[name] = await load();

    internal async Task<ContentPartRecord?> PartAsync(string name, Func<Task<ContentPartRecord?>> load) =>
        parts.TryGetValue(name, out var row) ? row : parts[name] = await load();

    /// <summary>The version row, bumped with every definition change (see <see cref="ContentDefinitionManager"/>).</summary>
    internal static Task BumpAsync(CmsDbContext db) =>
        db.Set<ContentDefinitionVersionRecord>().Where(v => v.Id == ContentDefinitionVersionRecord.SingleId)
            .ExecuteUpdateAsync(s => s.SetProperty(v => v.Version, v => v.Version + 1));

    internal static Task<long> CurrentAsync(CmsDbContext db) =>
        db.Set<ContentDefinitionVersionRecord>().Where(v => v.Id == ContentDefinitionVersionRecord.SingleId)
            .Select(v => v.Version).SingleAsync();
}

public sealed class ContentDefinitionVersionRecord
{
    public const int SingleId = 1;
    public int Id { get; set; }
    public long Version { get; set; }
}

internal sealed class ContentDefinitionVersionMapping : IEntityTypeConfiguration<ContentDefinitionVersionRecord>
{
    public void Configure(EntityTypeBuilder<ContentDefinitionVersionRecord> e)
    {
        e.ToTable("ContentDefinitionVersion");
        e.Property(x => x.Id).ValueGeneratedNever();
        e.HasData(new ContentDefinitionVersionRecord { Id = ContentDefinitionVersionRecord.SingleId, Version = 0 });
    }
}
