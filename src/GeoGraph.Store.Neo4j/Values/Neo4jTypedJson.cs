using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace GeoGraph.Store.Neo4j.Values;

/// <summary>
/// Reads Neo4j's typed JSON (<c>application/vnd.neo4j.query</c>), where every value is
/// <c>{"$type": T, "_value": v}</c>, integers and floats travel as strings, and nodes, relationships and paths
/// carry underscore-prefixed keys (<c>_element_id</c>, <c>_labels</c>, <c>_properties</c>, …).
/// <see cref="ToClr"/> gives plain CLR values; <see cref="ToJsonNode"/> gives the plain-JSON shape
/// (numbers, strings, lists, maps, temporal values as ISO strings, node <c>{elementId, labels, properties}</c>,
/// relationship <c>{elementId, type, startNodeElementId, endNodeElementId, properties}</c>, path
/// <c>{nodes, relationships}</c>) without losing integers to floating point on the way.
/// </summary>
public static partial class Neo4jTypedJson
{
    /// <summary>
    /// The CLR value of a typed JSON value: null, bool, long (Integer), double (Float), string, byte[] (Base64),
    /// DateOnly (Date), TimeOnly (LocalTime), <see cref="Neo4jOffsetTime"/> (Time), DateTime (LocalDateTime, kind
    /// unspecified), DateTimeOffset (OffsetDateTime), <see cref="Neo4jZonedDateTime"/> (ZonedDateTime with a named
    /// zone), <see cref="Neo4jDuration"/>, <see cref="Neo4jPoint"/>, lists, string-keyed maps,
    /// <see cref="Neo4jNode"/>, <see cref="Neo4jRelationship"/>, <see cref="Neo4jPath"/>. Unknown types come back as
    /// <see cref="Neo4jUnknownValue"/>.
    /// </summary>
    /// <exception cref="FormatException">The element is not typed JSON, or a value does not parse as its type.</exception>
    public static object? ToClr(JsonElement typed)
    {
        var (type, value) = Split(typed);
        return type switch
        {
            "Null" => null,
            "Boolean" => value.GetBoolean(),
            "Integer" => long.Parse(Text(value, type), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture),
            "Float" => double.Parse(Text(value, type), NumberStyles.Float, CultureInfo.InvariantCulture),
            "String" => Text(value, type),
            "Base64" => Convert.FromBase64String(Text(value, type)),
            "Date" => DateOnly.ParseExact(Text(value, type), "yyyy-MM-dd", CultureInfo.InvariantCulture),
            "LocalTime" => TimeOnly.Parse(TrimFraction(Text(value, type)), CultureInfo.InvariantCulture),
            "Time" => ParseOffsetTime(Text(value, type)),
            "LocalDateTime" => DateTime.Parse(TrimFraction(Text(value, type)), CultureInfo.InvariantCulture, DateTimeStyles.None),
            "OffsetDateTime" or "ZonedDateTime" or "DateTime" => ParseDateTime(Text(value, type)),
            "Duration" => ParseDuration(Text(value, type)),
            "Point" => ParsePoint(value),
            "List" => Items(value, type).Select(ToClr).ToList(),
            "Map" => Entries(value, type).ToDictionary(pair => pair.Name, pair => ToClr(pair.Value), StringComparer.Ordinal),
            "Node" => ReadNode(value),
            "Relationship" => ReadRelationship(value),
            "Path" => ReadPath(value),
            _ => new Neo4jUnknownValue(type, value.Clone()),
        };
    }

    /// <summary>The plain-JSON form of a typed JSON value (see the class summary).</summary>
    /// <exception cref="FormatException">The element is not typed JSON, or a number does not parse.</exception>
    public static JsonNode? ToJsonNode(JsonElement typed)
    {
        var (type, value) = Split(typed);
        return type switch
        {
            "Null" => null,
            "Boolean" => JsonValue.Create(value.GetBoolean()),
            "Integer" => JsonValue.Create(long.Parse(Text(value, type), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture)),
            "Float" => double.Parse(Text(value, type), NumberStyles.Float, CultureInfo.InvariantCulture) is var number && double.IsFinite(number)
                ? JsonValue.Create(number)
                : JsonValue.Create(Text(value, type)),
            "List" => new JsonArray([.. Items(value, type).Select(ToJsonNode)]),
            "Map" => ToJsonObject(Entries(value, type)),
            "Node" => NodeJson(value),
            "Relationship" => RelationshipJson(value),
            "Path" => PathJson(value),
            "Point" => JsonValue.Create(ParsePoint(value).Wkt),
            _ when value.ValueKind == JsonValueKind.String => JsonValue.Create(value.GetString()),
            _ => JsonNode.Parse(value.GetRawText()),
        };
    }

    private static (string Type, JsonElement Value) Split(JsonElement typed)
    {
        if (typed.ValueKind != JsonValueKind.Object || !typed.TryGetProperty("$type", out var type) || type.ValueKind != JsonValueKind.String
            || !typed.TryGetProperty("_value", out var value))
        {
            throw new FormatException($"Expected a typed JSON value {{\"$type\": …, \"_value\": …}}, got {typed.ValueKind}.");
        }
        return (type.GetString()!, value);
    }

    private static string Text(JsonElement value, string type) =>
        value.ValueKind == JsonValueKind.String ? value.GetString()! : throw new FormatException($"A typed {type} must carry its value as a string.");

    private static JsonElement.ArrayEnumerator Items(JsonElement value, string type) =>
        value.ValueKind == JsonValueKind.Array ? value.EnumerateArray() : throw new FormatException($"A typed {type} must carry an array.");

    private static IEnumerable<(string Name, JsonElement Value)> Entries(JsonElement value, string type) =>
        value.ValueKind == JsonValueKind.Object
            ? value.EnumerateObject().Select(property => (property.Name, property.Value))
            : throw new FormatException($"A typed {type} must carry an object.");

    private static JsonObject ToJsonObject(IEnumerable<(string Name, JsonElement Value)> entries)
    {
        var map = new JsonObject();
        foreach (var (name, value) in entries)
            map[name] = ToJsonNode(value);
        return map;
    }

    private static Neo4jNode ReadNode(JsonElement value) => new(
        Required(value, "_element_id").GetString()!,
        [.. Required(value, "_labels").EnumerateArray().Select(label => label.GetString()!)],
        Properties(Required(value, "_properties")));

    private static Neo4jRelationship ReadRelationship(JsonElement value) => new(
        Required(value, "_element_id").GetString()!,
        Required(value, "_start_node_element_id").GetString()!,
        Required(value, "_end_node_element_id").GetString()!,
        Required(value, "_type").GetString()!,
        Properties(Required(value, "_properties")));

    private static Neo4jPath ReadPath(JsonElement value)
    {
        var nodes = new List<Neo4jNode>();
        var relationships = new List<Neo4jRelationship>();
        foreach (var element in Items(value, "Path"))
        {
            switch (ToClr(element))
            {
                case Neo4jNode node:
                    nodes.Add(node);
                    break;
                case Neo4jRelationship relationship:
                    relationships.Add(relationship);
                    break;
                default:
                    throw new FormatException("A path may only hold nodes and relationships.");
            }
        }
        return new Neo4jPath(nodes, relationships);
    }

    private static JsonObject NodeJson(JsonElement value) => new()
    {
        ["elementId"] = Required(value, "_element_id").GetString(),
        ["labels"] = new JsonArray([.. Required(value, "_labels").EnumerateArray().Select(label => (JsonNode?)JsonValue.Create(label.GetString()))]),
        ["properties"] = ToJsonObject(Entries(Required(value, "_properties"), "Node")),
    };

    private static JsonObject RelationshipJson(JsonElement value) => new()
    {
        ["elementId"] = Required(value, "_element_id").GetString(),
        ["type"] = Required(value, "_type").GetString(),
        ["startNodeElementId"] = Required(value, "_start_node_element_id").GetString(),
        ["endNodeElementId"] = Required(value, "_end_node_element_id").GetString(),
        ["properties"] = ToJsonObject(Entries(Required(value, "_properties"), "Relationship")),
    };

    private static JsonObject PathJson(JsonElement value)
    {
        var nodes = new JsonArray();
        var relationships = new JsonArray();
        foreach (var element in Items(value, "Path"))
        {
            var (type, inner) = Split(element);
            if (type == "Node")
                nodes.Add(NodeJson(inner));
            else if (type == "Relationship")
                relationships.Add(RelationshipJson(inner));
            else
                throw new FormatException("A path may only hold nodes and relationships.");
        }
        return new JsonObject { ["nodes"] = nodes, ["relationships"] = relationships };
    }

    private static Dictionary<string, object?> Properties(JsonElement properties) =>
        Entries(properties, "properties").ToDictionary(pair => pair.Name, pair => ToClr(pair.Value), StringComparer.Ordinal);

    private static JsonElement Required(JsonElement value, string name) =>
        value.ValueKind == JsonValueKind.Object && value.TryGetProperty(name, out var element)
            ? element
            : throw new FormatException($"A typed entity is missing '{name}'.");

    private static object ParseDateTime(string text)
    {
        // ZonedDateTime with a region: 2024-01-01T21:40:32+01:00[Europe/Stockholm]
        var zoneStart = text.IndexOf('[', StringComparison.Ordinal);
        var instant = DateTimeOffset.Parse(TrimFraction(zoneStart < 0 ? text : text[..zoneStart]), CultureInfo.InvariantCulture, DateTimeStyles.None);
        return zoneStart < 0 ? instant : new Neo4jZonedDateTime(instant, text[(zoneStart + 1)..^1], text);
    }

    private static Neo4jOffsetTime ParseOffsetTime(string text)
    {
        var match = OffsetTimePattern().Match(text);
        if (!match.Success)
            throw new FormatException($"'{text}' is not a time with an offset.");
        var time = TimeOnly.Parse(TrimFraction(match.Groups["time"].Value), CultureInfo.InvariantCulture);
        var offset = match.Groups["offset"].Value is "Z" or "z" ? TimeSpan.Zero
            : DateTimeOffset.Parse("2000-01-01T00:00:00" + match.Groups["offset"].Value, CultureInfo.InvariantCulture).Offset;
        return new Neo4jOffsetTime(time, offset, text);
    }

    private static Neo4jDuration ParseDuration(string text)
    {
        var match = DurationPattern().Match(text);
        if (!match.Success)
            throw new FormatException($"'{text}' is not an ISO 8601 duration.");
        long Part(string name) => match.Groups[name].Success ? long.Parse(match.Groups[name].Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture) : 0;
        var nanoseconds = 0;
        if (match.Groups["fraction"].Success)
        {
            nanoseconds = int.Parse(match.Groups["fraction"].Value.PadRight(9, '0'), CultureInfo.InvariantCulture);
            if (match.Groups["seconds"].Value.StartsWith('-'))
                nanoseconds = -nanoseconds;
        }
        return new Neo4jDuration(
            Part("years") * 12 + Part("months"),
            Part("weeks") * 7 + Part("days"),
            Part("hours") * 3600 + Part("minutes") * 60 + Part("seconds"),
            nanoseconds,
            text);
    }

    private static Neo4jPoint ParsePoint(JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.String)
        {
            var wkt = value.GetString()!;
            var match = PointPattern().Match(wkt);
            if (!match.Success)
                throw new FormatException($"'{wkt}' is not a point in Neo4j's WKT form (SRID=…;POINT (x y)).");
            return new Neo4jPoint(
                int.Parse(match.Groups["srid"].Value, CultureInfo.InvariantCulture),
                double.Parse(match.Groups["x"].Value, NumberStyles.Float, CultureInfo.InvariantCulture),
                double.Parse(match.Groups["y"].Value, NumberStyles.Float, CultureInfo.InvariantCulture),
                match.Groups["z"].Success ? double.Parse(match.Groups["z"].Value, NumberStyles.Float, CultureInfo.InvariantCulture) : null)
            { Wkt = wkt };
        }
        // The GeoJSON-like form: {"coordinates": [x, y(, z)], "crs": {"srid": …}}.
        var coordinates = Required(value, "coordinates").EnumerateArray().Select(c => c.GetDouble()).ToList();
        var srid = Required(Required(value, "crs"), "srid").GetInt32();
        var z = coordinates.Count > 2 ? coordinates[2] : (double?)null;
        var text = FormattableString.Invariant($"SRID={srid};POINT{(z is null ? "" : " Z")} ({coordinates[0]} {coordinates[1]}{(z is null ? "" : FormattableString.Invariant($" {z}"))})");
        return new Neo4jPoint(srid, coordinates[0], coordinates[1], z) { Wkt = text };
    }

    /// <summary>Neo4j writes up to nine fractional digits; .NET parses seven.</summary>
    private static string TrimFraction(string text) => LongFraction().Replace(text, "$1");

    [GeneratedRegex(@"(\.\d{7})\d+", RegexOptions.CultureInvariant)]
    private static partial Regex LongFraction();

    [GeneratedRegex(@"^(?<time>\d{2}:\d{2}(:\d{2}(\.\d+)?)?)(?<offset>Z|z|[+-]\d{2}:?\d{2}(:\d{2})?)$", RegexOptions.CultureInvariant)]
    private static partial Regex OffsetTimePattern();

    [GeneratedRegex(@"^P(?:(?<years>-?\d+)Y)?(?:(?<months>-?\d+)M)?(?:(?<weeks>-?\d+)W)?(?:(?<days>-?\d+)D)?(?:T(?:(?<hours>-?\d+)H)?(?:(?<minutes>-?\d+)M)?(?:(?<seconds>-?\d+)(?:\.(?<fraction>\d{1,9}))?S)?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex DurationPattern();

    [GeneratedRegex(@"^SRID=(?<srid>\d+);\s*POINT\s*Z?\s*\(\s*(?<x>\S+)\s+(?<y>[^\s)]+)(\s+(?<z>[^\s)]+))?\s*\)$", RegexOptions.CultureInvariant)]
    private static partial Regex PointPattern();
}
