using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Jingyuan.Cms.Modules.Search.Services;

public enum QueryProblem { None, Empty, TooLong, NoWords }

/// <summary>A query built from what the user typed, or why none could be.</summary>
public sealed record ParsedQuery(Query? Query, QueryProblem Problem, bool IgnoredSyntax)
{
    public bool IsValid => Query is not null;
}

/// <summary>
/// Builds the query from the user's words without any query syntax: nothing typed is parsed
/// (quotes, *, ?, \, [, AND/OR are plain text or dropped), so no input can fail to parse.
/// Every word is required (AND) and may match the title (boosted), the body or the keywords.
/// </summary>
public static class SearchQueryBuilder
{
    public const int MaxLength = 100;
    public const float TitleBoost = 3f;

    private static readonly HashSet<string> Operators = new(StringComparer.Ordinal) { "AND", "OR", "NOT", "&&", "||", "+", "-", "!" };
    private static readonly char[] SyntaxChars = ['"', '*', '?', '\\', '[', ']', '{', '}', '(', ')', '~', '^', ':', '/', '!', '+'];

    public static ParsedQuery Build(string? input, Analyzer analyzer)
    {
        var text = input?.Trim() ?? "";
        if (text.Length == 0) return new(null, QueryProblem.Empty, false);
        if (text.Length > MaxLength) return new(null, QueryProblem.TooLong, false);

        var chunks = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var ignored = text.IndexOfAny(SyntaxChars) >= 0 || chunks.Any(Operators.Contains);
        var query = new BooleanQuery();
        foreach (var chunk in chunks.Where(c => !Operators.Contains(c)))
        {
            foreach (var words in Words(chunk, analyzer))
            {
                query.Add(Either(words), Occur.MUST);
            }
        }
        return query.Clauses.Count == 0
            ? new(null, QueryProblem.NoWords, ignored)
            : new(query, QueryProblem.None, ignored);
    }

    /// <summary>
    /// The chunk's tokens, grouped: the segmenter splits words it does not know (改厕, 菌菇) into
    /// single characters, and those must stay together as a phrase, or 改厕 would match any text
    /// with 改 and 厕 anywhere in it.
    /// </summary>
    private static IEnumerable<string[]> Words(string chunk, Analyzer analyzer)
    {
        var groups = new List<string[]>();
        var singles = new List<string>();
        using var stream = analyzer.GetTokenStream(SearchFields.Body, chunk);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            var token = term.ToString();
            if (token.Length == 1 && IsCjk(token[0]))
            {
                singles.Add(token);
                continue;
            }
            Flush();
            groups.Add([token]);
        }
        stream.End();
        Flush();
        return groups;

        void Flush()
        {
            if (singles.Count > 0) groups.Add([.. singles]);
            singles.Clear();
        }
    }

    private static Query Either(string[] words)
    {
        var title = Match(SearchFields.Title, words);
        title.Boost = TitleBoost;
        return new BooleanQuery
        {
            { title, Occur.SHOULD },
            { Match(SearchFields.Body, words), Occur.SHOULD },
            { Match(SearchFields.Keywords, words), Occur.SHOULD },
        };
    }

    private static Query Match(string field, string[] words)
    {
        if (words.Length == 1) return new TermQuery(new Term(field, words[0]));
        var phrase = new PhraseQuery();
        foreach (var word in words) phrase.Add(new Term(field, word));
        return phrase;
    }

    private static bool IsCjk(char c) => c is >= '\u4e00' and <= '\u9fff' or >= '\u3400' and <= '\u4dbf';
}
