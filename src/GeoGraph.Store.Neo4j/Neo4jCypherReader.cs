using System.Text.Json;
using System.Text.Json.Nodes;
using GeoGraph.Core.Graph;
using GeoGraph.Store.Neo4j.Http;
using GeoGraph.Store.Neo4j.Values;

namespace GeoGraph.Store.Neo4j;

/// <summary>
/// Runs analysts' read-only Cypher: access mode READ (Neo4j refuses writes), sent once and never retried, typed
/// results turned into the documented JSON shape. Rows are read as they stream in and reading stops one row past
/// the cap, which tells that there were more. Statement errors become <see cref="CypherQueryException"/>.
/// </summary>
public sealed class Neo4jCypherReader(Neo4jQueryClient client) : ICypherReader
{
    public async Task<CypherResult> ReadAsync(string query, IReadOnlyDictionary<string, JsonElement> parameters, int maxRows, CancellationToken cancellationToken)
    {
        Neo4jRows result;
        try
        {
            result = await client.ReadRowsAsync(
                new Neo4jQuery(query, parameters.ToDictionary(pair => pair.Key, pair => (object?)pair.Value))
                {
                    AccessMode = Neo4jAccessMode.Read,
                    Format = Neo4jResultFormat.Typed,
                },
                maxRows + 1,
                cancellationToken);
        }
        catch (Neo4jQueryException refused) when (refused.Code.StartsWith("Neo.ClientError.", StringComparison.Ordinal))
        {
            throw new CypherQueryException(refused.Code, refused.ServerMessage);
        }
        IReadOnlyList<IReadOnlyList<JsonNode?>> rows = [.. result.Rows.Take(maxRows)
            .Select(row => (IReadOnlyList<JsonNode?>)[.. row.Select(Neo4jTypedJson.ToJsonNode)])];
        return new CypherResult(result.Fields, rows, result.Rows.Count > maxRows);
    }
}
