using Lucene.Net.Documents;
using Lucene.Net.Util;

namespace Jingyuan.Cms.Modules.Search.Services;

/// <summary>Field names of the Lucene documents and the mapping from <see cref="SearchDocument"/>.</summary>
public static class SearchFields
{
    public const string Id = "id";
    public const string Group = "group";
    public const string Type = "type";
    public const string TypeName = "typeName";
    public const string Year = "year";
    public const string Url = "url";
    public const string Published = "published";
    public const string Title = "title";
    public const string Body = "body";
    public const string Keywords = "keywords";

    /// <summary>
    /// Stored text with term vectors (positions, offsets): snippets are highlighted from them
    /// instead of running the (slow) Chinese segmenter over every hit again.
    /// </summary>
    private static readonly FieldType HighlightedText = Freeze(new FieldType(TextField.TYPE_STORED)
    {
        StoreTermVectors = true, StoreTermVectorPositions = true, StoreTermVectorOffsets = true,
    });

    public static Document ToLucene(SearchDocument d)
    {
        var doc = new Document
        {
            new StringField(Id, d.Id, Field.Store.YES),
            new StringField(Group, d.Group, Field.Store.NO),
            new StringField(Type, d.Type, Field.Store.YES),
            // Doc values: the facet counts read them without loading stored fields.
            new SortedDocValuesField(Type, new BytesRef(d.Type)),
            new StoredField(TypeName, d.TypeName),
            new StoredField(Url, d.Url),
            new Field(Title, d.Title, HighlightedText),
            new Field(Body, d.Body, HighlightedText),
            new TextField(Keywords, d.Keywords, Field.Store.NO),
        };
        if (d.Year is { } year)
        {
            var text = year.ToString(System.Globalization.CultureInfo.InvariantCulture);
            doc.Add(new StringField(Year, text, Field.Store.YES));
            doc.Add(new SortedDocValuesField(Year, new BytesRef(text)));
        }
        if (d.PublishedUtc is { } published) doc.Add(new StoredField(Published, published.Ticks));
        return doc;
    }

    private static FieldType Freeze(FieldType type)
    {
        type.Freeze();
        return type;
    }
}
