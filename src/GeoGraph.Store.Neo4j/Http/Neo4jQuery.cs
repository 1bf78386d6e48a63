namespace GeoGraph.Store.Neo4j.Http;

/// <summary>How the server may run a statement: <see cref="Read"/> refuses writes (400 Neo.ClientError.Statement.AccessMode).</summary>
public enum Neo4jAccessMode
{
    Write,
    Read,
}

/// <summary>The result format asked for with the Accept header.</summary>
public enum Neo4jResultFormat
{
    /// <summary><c>application/json</c>: plain JSON values (numbers, strings, maps, lists; dates as ISO strings).</summary>
    Plain,

    /// <summary><c>application/vnd.neo4j.query</c>: every value as <c>{"$type": T, "_value": v}</c>, integers and floats as strings.</summary>
    Typed,
}

/// <summary>
/// One Cypher statement with its parameters. Parameter values are serialised as plain JSON (strings, numbers,
/// booleans, lists, maps, <see cref="System.Text.Json.JsonElement"/>); values never go into the statement text.
/// </summary>
public sealed record Neo4jQuery(string Statement, IReadOnlyDictionary<string, object?>? Parameters = null)
{
    public Neo4jAccessMode AccessMode { get; init; } = Neo4jAccessMode.Write;

    public Neo4jResultFormat Format { get; init; } = Neo4jResultFormat.Plain;

    public static Neo4jQuery Read(string statement, IReadOnlyDictionary<string, object?>? parameters = null) =>
        new(statement, parameters) { AccessMode = Neo4jAccessMode.Read };

    public static Neo4jQuery Write(string statement, IReadOnlyDictionary<string, object?>? parameters = null) =>
        new(statement, parameters);
}
