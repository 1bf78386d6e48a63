namespace GeoGraph.Store.Neo4j.Values;

/// <summary>A node as Neo4j returns it; properties hold CLR values (see <see cref="Neo4jTypedJson.ToClr"/>).</summary>
public sealed record Neo4jNode(string ElementId, IReadOnlyList<string> Labels, IReadOnlyDictionary<string, object?> Properties);

/// <summary>A relationship as Neo4j returns it.</summary>
public sealed record Neo4jRelationship(
    string ElementId, string StartNodeElementId, string EndNodeElementId, string Type, IReadOnlyDictionary<string, object?> Properties);

/// <summary>A path: node 0, relationship 0, node 1, … ; relationship i joins node i and node i + 1, in either direction.</summary>
public sealed record Neo4jPath(IReadOnlyList<Neo4jNode> Nodes, IReadOnlyList<Neo4jRelationship> Relationships);

/// <summary>A spatial point; <see cref="Z"/> is null in 2D. SRIDs: 7203 cartesian, 9157 cartesian-3d, 4326 WGS-84, 4979 WGS-84-3d.</summary>
public sealed record Neo4jPoint(int Srid, double X, double Y, double? Z)
{
    /// <summary>Well-known text as Neo4j writes it, e.g. <c>SRID=4326;POINT (12.5 55.7)</c>.</summary>
    public string Wkt { get; init; } = "";
}

/// <summary>
/// A Cypher DURATION: months, days, seconds and nanoseconds are kept apart because their lengths vary (a month is
/// not a fixed number of days). <see cref="Iso"/> is the ISO 8601 text Neo4j sent.
/// </summary>
public sealed record Neo4jDuration(long Months, long Days, long Seconds, int Nanoseconds, string Iso);

/// <summary>A Cypher ZONED TIME (time of day with an offset); .NET has no such type.</summary>
public sealed record Neo4jOffsetTime(TimeOnly Time, TimeSpan Offset, string Iso);

/// <summary>A Cypher ZONED DATETIME with a named zone (e.g. <c>Europe/Stockholm</c>): the instant with its offset, and the zone.</summary>
public sealed record Neo4jZonedDateTime(DateTimeOffset DateTime, string Zone, string Iso);

/// <summary>A value of a type this parser does not know (a newer server's), kept as it came.</summary>
public sealed record Neo4jUnknownValue(string Type, System.Text.Json.JsonElement Value);
