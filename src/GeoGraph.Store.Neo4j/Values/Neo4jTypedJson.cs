using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace GeoGraph.Store.Neo4j.Values;

/// <summary>
/// Reads Neo4j's typed JSON (<c>application/vnd.neo4j.query</c>), where every value is
/// <c>{"$type": T, "_value": v}</c>, integers and floats travel as strings, and nodes, relationships and paths
/// carry underscore-prefixed keys (<c>_element_id</c>, <c>_labels</c>, <c>_properties</c>, …).
/// <see cref="ToJsonNode"/> gives the plain-JSON shape (numbers, strings, lists, maps, temporal values as ISO
/// strings, points as WKT, node <c>{elementId, labels, properties}</c>, relationship
/// <c>{elementId, type, startNodeElementId, endNodeElementId, properties}</c>, path <c>{nodes, relationships}</c>)
/// without losing integers to floating point on the way.
/// </summary>
public static partial class Neo4jTypedJson
{
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
            "Point" => JsonValue.Create(PointWkt(value)),
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

    private static JsonElement Required(JsonElement value, string name) =>
        value.ValueKind == JsonValueKind.Object && value.TryGetProperty(name, out var element)
            ? element
            : throw new FormatException($"A typed entity is missing '{name}'.");

    /// <summary>Well-known text as Neo4j writes it, e.g. <c>SRID=4326;POINT (12.5 55.7)</c>, from either form of a point.</summary>
    private static string PointWkt(JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.String)
        {
            var wkt = value.GetString()!;
            var match = PointPattern().Match(wkt);
            if (!match.Success || !IsNumber(match.Groups["x"]) || !IsNumber(match.Groups["y"]) || (match.Groups["z"].Success && !IsNumber(match.Groups["z"])))
                throw new FormatException($"'{wkt}' is not a point in Neo4j's WKT form (SRID=…;POINT (x y)).");
            return wkt;
        }
        // The GeoJSON-like form: {"coordinates": [x, y(, z)], "crs": {"srid": …}}.
        var coordinates = Required(value, "coordinates").EnumerateArray().Select(c => c.GetDouble()).ToList();
        var srid = Required(Required(value, "crs"), "srid").GetInt32();
        var z = coordinates.Count > 2 ? coordinates[2] : (double?)null;
        return FormattableString.Invariant($"SRID={srid};POINT{(z is null ? "" : " Z")} ({coordinates[0]} {coordinates[1]}{(z is null ? "" : FormattableString.Invariant($" {z}"))})");
    }

    private static bool IsNumber(Group group) => double.TryParse(group.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out _);

    [GeneratedRegex(@"^SRID=(?<srid>\d+);\s*POINT\s*Z?\s*\(\s*(?<x>\S+)\s+(?<y>[^\s)]+)(\s+(?<z>[^\s)]+))?\s*\)$", RegexOptions.CultureInvariant)]
    private static partial Regex PointPattern();
}
