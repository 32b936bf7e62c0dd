namespace Jingyuan.Cms.Content;

public enum ContentVersionScope
{
    /// <summary>The latest version of each item (admin lists).</summary>
    Latest,
    /// <summary>The published version of each item (public pages).</summary>
    Published,
}

public enum FieldOperator { Equals, Contains, GreaterOrEqual, LessOrEqual, In }

public sealed record FieldFilter(string Field, FieldOperator Operator, string Value)
{
    /// <summary>For <see cref="FieldOperator.In"/>: the value must be one of these.</summary>
    public IReadOnlyList<string> Values { get; init; } = [Value];

    public static FieldFilter OneOf(string field, IReadOnlyList<string> values) =>
        new(field, FieldOperator.In, values.FirstOrDefault() ?? "") { Values = values };
}

/// <summary>A list query translated to SQL over the index tables; never loads everything.</summary>
public sealed class ContentQuery
{
    public IReadOnlyList<string> ContentTypes { get; set; } = [];
    public ContentVersionScope Scope { get; set; } = ContentVersionScope.Latest;
    public ContentStatus? Status { get; set; }
    public int? DepartmentId { get; set; }
    public int? Year { get; set; }
    public string? Owner { get; set; }
    /// <summary>Matches the display text.</summary>
    public string? Text { get; set; }
    public DateTime? ModifiedFromUtc { get; set; }
    public DateTime? ModifiedToUtc { get; set; }
    public List<FieldFilter> Fields { get; set; } = [];
    /// <summary>"modified", "created", "published", "title", or an indexed field name.</summary>
    /// <summary>One of <see cref="ContentSort"/>'s keys, or a field name (numbers sort as numbers, dates as dates).</summary>
    public string SortBy { get; set; } = ContentSort.Modified;
    public bool Descending { get; set; } = true;
    public int Page { get; set; } = 1;
    public int PageSize { get; set; } = 20;

    public static ContentQuery PublishedOf(params string[] types) =>
        new() { ContentTypes = types, Scope = ContentVersionScope.Published };

    public ContentQuery Where(string field, string value)
    {
        Fields.Add(new FieldFilter(field, FieldOperator.Equals, value));
        return this;
    }
}

/// <summary>The sort keys of <see cref="ContentQuery.SortBy"/> besides field names.</summary>
public static class ContentSort
{
    public const string Modified = "modified";
    public const string Created = "created";
    public const string Published = "published";
    public const string Title = "title";
}
