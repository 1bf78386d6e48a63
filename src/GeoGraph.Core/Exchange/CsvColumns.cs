using System.Text.Json;
using GeoGraph.Core.Model;

namespace GeoGraph.Core.Exchange;

/// <summary>A CSV column: its header and how a record's cell is written (null: empty, which neo4j-admin reads as no property).</summary>
public sealed record CsvColumn<T>(string Header, Func<T, string?> Cell);

/// <summary>
/// The columns of the two CSV variants. <c>neo4j</c>: <c>neo4j-admin database import</c> headers (<c>id:ID</c>,
/// <c>:LABEL</c>, <c>:START_ID</c>, <c>:END_ID</c>, <c>:TYPE</c>, typed property columns, lists as <c>;</c>-separated
/// arrays) and the property names of the Neo4j store's layout. Plain: plain headers, lists as JSON text. Partial
/// dates (<c>2025-02</c>) are not Neo4j dates, so they stay strings in both.
/// </summary>
public static class CsvColumns
{
    public const char ArrayDelimiter = ';';

    public static IReadOnlyList<CsvColumn<Node>> Nodes(bool neo4j, IReadOnlyList<PropertyColumn> properties) =>
    [
        new(neo4j ? "id:ID" : "id", node => node.Id),
        .. neo4j ? [new CsvColumn<Node>(":LABEL", node => $"Node;{node.Category};{node.Kind}")] : Array.Empty<CsvColumn<Node>>(),
        new("kind", node => node.Kind),
        new("category", node => node.Category.ToString()),
        new("name", node => node.Name),
        new(neo4j ? "aliases:string[]" : "aliases", node => node.Aliases.Count == 0 ? null : neo4j ? string.Join(ArrayDelimiter, node.Aliases) : Json(node.Aliases)),
        new("title", node => node.Title),
        new("country", node => node.Country),
        new("description", node => node.Description),
        new("date", node => node.Date?.ToString()),
        new("endDate", node => node.EndDate?.ToString()),
        new("quote", node => node.Quote),
        new(neo4j ? "sourceId" : "source", node => node.Provenance.Source),
        new("passage", node => node.Provenance.Passage),
        new("writtenBy", node => node.WrittenBy),
        .. properties.Select(column => Property<Node>(column, neo4j, node => node.Properties)),
    ];

    public static IReadOnlyList<CsvColumn<Relation>> Relations(bool neo4j, IReadOnlyList<PropertyColumn> properties) =>
    [
        .. neo4j
            ? [new(":START_ID", relation => relation.From), new(":END_ID", relation => relation.To), new(":TYPE", relation => relation.Type), new("id", relation => relation.Id)]
            : new CsvColumn<Relation>[] { new("id", relation => relation.Id), new("type", relation => relation.Type), new("from", relation => relation.From), new("to", relation => relation.To) },
        new("date", relation => relation.Date?.ToString()),
        new("validFrom", relation => relation.ValidFrom?.ToString()),
        new("validTo", relation => relation.ValidTo?.ToString()),
        new("stance", relation => relation.Stance?.ToString().ToLowerInvariant()),
        new("role", relation => relation.Role),
        new(neo4j ? "sourceId" : "source", relation => relation.Provenance.Source),
        new("passage", relation => relation.Provenance.Passage),
        new("writtenBy", relation => relation.WrittenBy),
        .. properties.Select(column => Property<Relation>(column, neo4j, relation => relation.Properties)),
    ];

    private static CsvColumn<T> Property<T>(PropertyColumn column, bool neo4j, Func<T, IReadOnlyDictionary<string, JsonElement>> properties) =>
        new(neo4j ? $"{column.Name}:{Neo4jType(column.Type)}{(column.IsList ? "[]" : "")}" : column.Name,
            record => !properties(record).TryGetValue(column.Name, out var value) ? null
                : neo4j && column.IsList ? string.Join(ArrayDelimiter, value.EnumerateArray().Select(PropertyColumn.Text))
                : PropertyColumn.Text(value));

    private static string Neo4jType(PropertyType type) => type switch
    {
        PropertyType.Boolean => "boolean",
        PropertyType.WholeNumber => "long",
        PropertyType.Fraction => "double",
        _ => "string",
    };

    private static string Json<T>(T value) => JsonSerializer.Serialize(value, GraphJson.Options);
}
