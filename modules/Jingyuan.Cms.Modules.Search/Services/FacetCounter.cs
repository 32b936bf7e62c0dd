using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Jingyuan.Cms.Modules.Search.Services;

/// <summary>Counts the matching documents per value of a doc-values field (type, year) in one pass.</summary>
internal sealed class FacetCounter(string field) : ICollector
{
    private readonly Dictionary<string, int> counts = new(StringComparer.Ordinal);
    private SortedDocValues? values;
    private int[] segmentCounts = [];

    public IReadOnlyDictionary<string, int> Counts
    {
        get { FlushSegment(); return counts; }
    }

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer) { }

    public void SetNextReader(AtomicReaderContext context)
    {
        FlushSegment();
        values = context.AtomicReader.GetSortedDocValues(field);
        segmentCounts = new int[values?.ValueCount ?? 0];
    }

    public void Collect(int doc)
    {
        if (values is null) return;
        var ord = values.GetOrd(doc);
        if (ord >= 0) segmentCounts[ord]++;
    }

    // Ordinals are per segment: turn them into values when the segment is done.
    private void FlushSegment()
    {
        if (values is null) return;
        var bytes = new BytesRef();
        for (var ord = 0; ord < segmentCounts.Length; ord++)
        {
            if (segmentCounts[ord] == 0) continue;
            values.LookupOrd(ord, bytes);
            var key = bytes.Utf8ToString();
            counts[key] = counts.GetValueOrDefault(key) + segmentCounts[ord];
        }
        values = null;
        segmentCounts = [];
    }
}
