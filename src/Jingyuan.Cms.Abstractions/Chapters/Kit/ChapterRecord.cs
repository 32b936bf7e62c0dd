using System.Collections.Concurrent;
using System.Globalization;
using System.Linq.Expressions;
using System.Reflection;
using System.Text.Json.Nodes;
using Jingyuan.Cms.Content;

namespace Jingyuan.Cms.Chapters;

/// <summary>
/// A chapter ledger's record as a typed class: its properties are the type's fields, so field names
/// come from <c>nameof</c> and the compiler, not from string constants that must agree across files.
/// The content type is named like the class. Values live in <see cref="ContentItem.Data"/>; see
/// <see cref="ChapterRecords"/> for reading and writing them.
/// </summary>
public abstract class ChapterRecord;

/// <summary>Reads a <see cref="ChapterRecord"/> from a content item and writes changed values back.</summary>
public static class ChapterRecords
{
    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> Properties = new();

    public static string TypeName<TRecord>() where TRecord : ChapterRecord => typeof(TRecord).Name;

    /// <summary>The field name of a property expression (<c>x =&gt; x.NewCattle</c> gives "NewCattle").</summary>
    public static string FieldName<TRecord>(Expression<Func<TRecord, object?>> field)
    {
        var body = field.Body is UnaryExpression { NodeType: ExpressionType.Convert } convert ? convert.Operand : field.Body;
        return body is MemberExpression { Member: PropertyInfo property }
            ? property.Name
            : throw new ArgumentException($"“{field}” is not a property of {typeof(TRecord).Name}.", nameof(field));
    }

    public static TRecord Read<TRecord>(ContentItem item) where TRecord : ChapterRecord, new()
    {
        var record = new TRecord();
        foreach (var property in PropertiesOf(typeof(TRecord))) property.SetValue(record, ReadValue(item, property));
        return record;
    }

    /// <summary>Writes the values that differ from the item's, leaving the rest of its data as it was.</summary>
    public static void WriteChanges<TRecord>(TRecord record, ContentItem item) where TRecord : ChapterRecord
    {
        // Files come only from the upload pipeline: never derived, never written here.
        foreach (var property in PropertiesOf(typeof(TRecord)).Where(p => p.PropertyType != typeof(IReadOnlyList<StoredFile>)))
        {
            var value = property.GetValue(record);
            if (!Same(value, ReadValue(item, property))) item.Data[property.Name] = ToJson(value);
        }
    }

    private static bool Same(object? a, object? b) =>
        a is IEnumerable<string> x && b is IEnumerable<string> y ? x.SequenceEqual(y) : Equals(a, b);

    private static PropertyInfo[] PropertiesOf(Type type) => Properties.GetOrAdd(type, t =>
        t.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p is { CanRead: true, CanWrite: true }).ToArray());

    private static object? ReadValue(ContentItem item, PropertyInfo property)
    {
        var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
        var name = property.Name;
        if (type == typeof(string)) return item.GetText(name);
        if (type == typeof(decimal)) return item.GetNumber(name);
        if (type == typeof(int)) return item.GetInt(name);
        if (type == typeof(bool)) return item.Data[name] is null && property.PropertyType != typeof(bool) ? null : item.GetBool(name);
        if (type == typeof(DateOnly)) return item.GetDate(name);
        if (type == typeof(IReadOnlyList<string>)) return item.GetList(name);
        if (type == typeof(IReadOnlyList<StoredFile>)) return item.GetFiles(name);
        throw new NotSupportedException($"{property.DeclaringType!.Name}.{name}: type {type.Name} is not a field type of the chapter kit.");
    }

    private static JsonNode? ToJson(object? value) => value switch
    {
        null => null,
        DateOnly d => JsonValue.Create(d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        IReadOnlyList<string> list => new JsonArray([.. list.Select(s => (JsonNode?)JsonValue.Create(s))]),
        string s => JsonValue.Create(s),
        decimal m => JsonValue.Create(m),
        int i => JsonValue.Create(i),
        bool b => JsonValue.Create(b),
        _ => throw new NotSupportedException(value.GetType().Name),
    };
}
