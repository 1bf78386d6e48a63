using System.Text.Json;
using GeoGraph.Core.Graph;
using GeoGraph.Core.Model;
using GeoGraph.Core.Storage;
using GeoGraph.Store.Neo4j.Layout;

namespace GeoGraph.Store.Neo4j;

/// <summary>
/// Nodes, relations and sources to and from Neo4j properties. Writing uses the seed script's layout
/// (<see cref="GraphProperties"/>) plus the store's own fields (<see cref="IsOwnField"/>, listed in
/// <see cref="Neo4jStatements"/>); reading puts every property that is neither a field of the record nor the
/// store's own back into <c>Properties</c>, so kind-specific values round-trip.
/// </summary>
internal static class Neo4jRecords
{
    public static Dictionary<string, object?> Properties(Node node)
    {
        var indexed = IndexedNode.Of(node);
        var map = new Dictionary<string, object?>(Storable(GraphProperties.Of(node)), StringComparer.Ordinal)
        {
            ["_sortKey"] = indexed.SortKey,
            ["_names"] = indexed.Names,
            ["_searchName"] = indexed.Search.Name,
            ["_searchAliases"] = indexed.Search.Aliases,
            ["_searchTitle"] = indexed.Search.Title,
            ["_searchBody"] = indexed.Search.Body,
        };
        AddDates(map, indexed.Dates);
        AddIfPresent(map, "_writtenBy", node.WrittenBy);
        map["_version"] = RecordVersion.Of(node);
        return map;
    }

    public static Dictionary<string, object?> Properties(Relation relation)
    {
        var map = new Dictionary<string, object?>(Storable(GraphProperties.Of(relation)), StringComparer.Ordinal);
        AddDates(map, DateRange.Of(relation));
        AddIfPresent(map, "_writtenBy", relation.WrittenBy);
        map["_version"] = RecordVersion.Of(relation);
        return map;
    }

    public static Dictionary<string, object?> Properties(Source source)
    {
        var map = new Dictionary<string, object?>(GraphProperties.Of(source), StringComparer.Ordinal);
        AddIfPresent(map, "_writtenBy", source.WrittenBy);
        return map;
    }

    /// <summary>A node from the map of its properties (<c>properties(n)</c>).</summary>
    public static Node ToNode(JsonElement properties) => new()
    {
        Id = Required(properties, "id"),
        Kind = Required(properties, "kind"),
        Name = Required(properties, "name"),
        Aliases = Strings(properties, "aliases"),
        Title = Optional(properties, "title"),
        Country = Optional(properties, "country"),
        Description = Optional(properties, "description"),
        Date = Date(properties, "date"),
        EndDate = Date(properties, "endDate"),
        Quote = Optional(properties, "quote"),
        Properties = Extra(properties, GraphProperties.NodeFields),
        Provenance = new Provenance(Required(properties, "sourceId"), Required(properties, "passage")),
        WrittenBy = Optional(properties, "_writtenBy"),
    };

    /// <summary>A relation from <c>{type, fromId, toId, properties}</c>.</summary>
    public static Relation ToRelation(JsonElement relation)
    {
        var properties = relation.GetProperty("properties");
        return new Relation
        {
            Id = Required(properties, "id"),
            Type = Required(relation, "type"),
            From = Required(relation, "fromId"),
            To = Required(relation, "toId"),
            Date = Date(properties, "date"),
            ValidFrom = Date(properties, "validFrom"),
            ValidTo = Date(properties, "validTo"),
            Stance = Optional(properties, "stance") is { } stance ? Enum.Parse<Stance>(stance, ignoreCase: true) : null,
            Role = Optional(properties, "role"),
            Properties = Extra(properties, GraphProperties.RelationFields),
            Provenance = new Provenance(Required(properties, "sourceId"), Required(properties, "passage")),
            WrittenBy = Optional(properties, "_writtenBy"),
        };
    }

    public static Source ToSource(JsonElement properties) => new()
    {
        Id = Required(properties, "id"),
        Title = Required(properties, "title"),
        Published = Date(properties, "published"),
        Outlets = Strings(properties, "outlets"),
        Description = Optional(properties, "description"),
        File = Optional(properties, "file"),
        WrittenBy = Optional(properties, "_writtenBy"),
    };

    /// <summary>The store's own fields of a node: what a node written by someone else (the seed script) lacks.</summary>
    public static Dictionary<string, object?> OwnFields(Node node) =>
        Properties(node).Where(pair => IsOwnField(pair.Key)).ToDictionary(pair => pair.Key, pair => pair.Value, StringComparer.Ordinal);

    /// <summary>The store's own fields start with an underscore, which the API keeps out of structured property names.</summary>
    public static bool IsOwnField(string name) => name.StartsWith('_');

    /// <summary>
    /// Neo4j arrays hold one type: a JSON array mixing whole and fractional numbers goes as floats (which JSON, and
    /// the record, treat as the same numbers).
    /// </summary>
    private static IEnumerable<KeyValuePair<string, object?>> Storable(IReadOnlyDictionary<string, object?> properties) =>
        properties.Select(pair => pair.Value is JsonElement { ValueKind: JsonValueKind.Array } array
            && array.EnumerateArray().All(item => item.ValueKind == JsonValueKind.Number)
            && array.EnumerateArray().Any(item => !item.TryGetInt64(out _))
                ? new KeyValuePair<string, object?>(pair.Key, array.EnumerateArray().Select(item => item.GetDouble()).ToList())
                : pair);

    /// <summary>The days a record covers, which the date filters compare as text.</summary>
    private static void AddDates(Dictionary<string, object?> map, DateRange dates)
    {
        if (dates.Start is not null)
            map["_dateStart"] = dates.Start;
        if (dates.End is not null)
            map["_dateEnd"] = dates.End;
    }

    private static void AddIfPresent(Dictionary<string, object?> map, string key, string? value)
    {
        if (value is not null)
            map[key] = value;
    }

    private static string Required(JsonElement map, string key) =>
        Optional(map, key) ?? throw new InvalidDataException($"A stored record has no '{key}'.");

    private static string? Optional(JsonElement map, string key) =>
        map.TryGetProperty(key, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static PartialDate? Date(JsonElement map, string key) =>
        Optional(map, key) is { } text ? PartialDate.Parse(text) : null;

    private static List<string> Strings(JsonElement map, string key) =>
        map.TryGetProperty(key, out var value) && value.ValueKind == JsonValueKind.Array
            ? [.. value.EnumerateArray().Select(item => item.GetString() ?? "")]
            : [];

    /// <summary>Every property that is not a record field and not the store's own, in key order (Neo4j keeps none).</summary>
    private static Dictionary<string, JsonElement> Extra(JsonElement map, IReadOnlySet<string> fields) =>
        map.EnumerateObject()
            .Where(property => !fields.Contains(property.Name) && !IsOwnField(property.Name))
            .OrderBy(property => property.Name, StringComparer.Ordinal)
            .ToDictionary(property => property.Name, property => property.Value.Clone(), StringComparer.Ordinal);
}
