using System.Text.Json;
using System.Text.Json.Nodes;

namespace GeoGraph.Core.Graph;

/// <summary>
/// Runs read-only Cypher for analysts. Only stores that speak Cypher provide it; the embedded store does not.
/// </summary>
public interface ICypherReader
{
    /// <summary>Runs one read-only statement and returns at most <paramref name="maxRows"/> rows.</summary>
    /// <exception cref="CypherQueryException">The database refused the query (syntax, semantics, a write).</exception>
    /// <exception cref="TimeoutException">The database stopped the query at its own transaction timeout.</exception>
    Task<CypherResult> ReadAsync(string query, IReadOnlyDictionary<string, JsonElement> parameters, int maxRows, CancellationToken cancellationToken);
}

/// <summary>
/// Rows of a Cypher result. Values are JSON: numbers, strings, booleans, lists, maps, dates as ISO strings;
/// a node is <c>{"elementId", "labels", "properties"}</c>, a relationship <c>{"elementId", "type",
/// "startNodeElementId", "endNodeElementId", "properties"}</c>, a path <c>{"nodes": [...], "relationships": [...]}</c>.
/// </summary>
public sealed record CypherResult(IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<JsonNode?>> Rows, bool Truncated);

/// <summary>The database refused a query; <see cref="Code"/> is its status code, e.g. Neo.ClientError.Statement.SyntaxError.</summary>
public sealed class CypherQueryException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}
