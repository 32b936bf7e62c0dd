using System.Globalization;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cn.Smart;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace Jingyuan.Cms.Modules.Search.Services;

/// <summary>
/// The node's index on disk: the one <see cref="IndexWriter"/> of the process, a
/// <see cref="SearcherManager"/> refreshed after each commit, and the indexing-task cursor
/// in a file next to the index. Writes are serialized by <see cref="SearchIndexer"/>;
/// searches may run at any time and see the last commit.
/// </summary>
public sealed class SearchIndex : IDisposable
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>
    /// Raised whenever the fields or their analysis change: the cursor of an older index then
    /// reads as missing, so the node rebuilds instead of mixing old and new documents.
    /// </summary>
    public const int SchemaVersion = 1;

    private readonly LuceneDirectory directory;
    private readonly IndexWriter writer;
    private readonly SearcherManager searchers;
    private readonly string cursorFile;

    public SearchIndex(string folder)
    {
        cursorFile = Path.Combine(folder, "cursor.txt");
        directory = FSDirectory.Open(new DirectoryInfo(Path.Combine(folder, "index")));
        Analyzer = new SmartChineseAnalyzer(Version);
        try
        {
            writer = new IndexWriter(directory, new IndexWriterConfig(Version, Analyzer) { OpenMode = OpenMode.CREATE_OR_APPEND });
            searchers = new SearcherManager(writer, applyAllDeletes: true, searcherFactory: null);
        }
        catch
        {
            writer?.Dispose();
            directory.Dispose();
            throw;
        }
    }

    public Analyzer Analyzer { get; }

    public void Put(SearchDocument document) =>
        writer.UpdateDocument(new Term(SearchFields.Id, document.Id), SearchFields.ToLucene(document));

    public void Delete(string id) => writer.DeleteDocuments(new Term(SearchFields.Id, id));

    public void DeleteGroup(string group) => writer.DeleteDocuments(new Term(SearchFields.Group, group));

    public void DeleteAll() => writer.DeleteAll();

    /// <summary>Makes the changes durable, then records the cursor (never ahead of the index), then shows them to searches.</summary>
    public void Commit(long cursor)
    {
        writer.Commit();
        WriteCursor(cursor);
        searchers.MaybeRefreshBlocking();
    }

    /// <summary>Id of the last indexing task applied, or null for a node that has never built its index.</summary>
    public long? ReadCursor()
    {
        if (!File.Exists(cursorFile)) return null;
        // "schema cursor", e.g. "1 4711".
        var parts = File.ReadAllText(cursorFile).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return parts.Length == 2 && parts[0] == SchemaVersion.ToString(CultureInfo.InvariantCulture)
            && long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;
    }

    /// <summary>After a failed rebuild: the next pass must rebuild again.</summary>
    public void ForgetCursor() => File.Delete(cursorFile);

    public T Search<T>(Func<IndexSearcher, T> work)
    {
        var searcher = searchers.Acquire();
        try { return work(searcher); }
        finally { searchers.Release(searcher); }
    }

    public int DocumentCount => Search(s => s.IndexReader.NumDocs);

    /// <summary>The groups in the committed index (e.g. "content", "plan:2023").</summary>
    public IReadOnlyList<string> Groups() => Search(s =>
    {
        var groups = new List<string>();
        var terms = MultiFields.GetTerms(s.IndexReader, SearchFields.Group)?.GetEnumerator();
        while (terms?.MoveNext() == true) groups.Add(terms.Term.Utf8ToString());
        return groups;
    });

    private void WriteCursor(long cursor)
    {
        // Written aside and moved over, so a crash never leaves a half-written cursor.
        var temp = cursorFile + ".tmp";
        File.WriteAllText(temp, string.Create(CultureInfo.InvariantCulture, $"{SchemaVersion} {cursor}"));
        File.Move(temp, cursorFile, overwrite: true);
    }

    public void Dispose()
    {
        searchers.Dispose();
        writer.Dispose();
        directory.Dispose();
        Analyzer.Dispose();
    }
}
