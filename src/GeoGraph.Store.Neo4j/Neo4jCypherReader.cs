using System.Text.Json;
using System.Text.Json.Nodes;
using GeoGraph.Core.Graph;
using GeoGraph.Store.Neo4j.Http;
using GeoGraph.Store.Neo4j.Values;

namespace GeoGraph.Store.Neo4j;

/// <summary>
/// Runs analysts' read-only Cypher: access mode READ (Neo4j refuses writes), typed results turned into the
/// documented JSON shape, rows cut at the cap. Statement errors become <see cref="CypherQueryException"/>.
/// </summary>
public sealed class Neo4jCypherReader(Neo4jQueryClient client) : ICypherReader
{
    public async Task<CypherResult> ReadAsync(string query, IReadOnlyDictionary<string, JsonElement> parameters, int maxRows, CancellationToken cancellationToken)
    {
        Neo4jResult result;
        try
        {
            result = await client.RunAsync(
                new Neo4jQuery(query, parameters.ToDictionary(pair => pair.Key, pair => (object?)pair.Value))
                {
                    AccessMode = Neo4jAccessMode.Read,
                    Format = Neo4jResultFormat.Typed,
                },
                cancellationToken);
        }
        catch (Neo4jQueryException refused) when (refused.Code.StartsWith("Neo.ClientError.", StringComparison.Ordinal))
        {
            throw new CypherQueryException(refused.Code, refused.ServerMessage);
        }
        IReadOnlyList<IReadOnlyList<JsonNode?>> rows = [.. result.Records.Take(maxRows)
            .Select(record => (IReadOnlyList<JsonNode?>)[.. record.Values.Select(Neo4jTypedJson.ToJsonNode)])];
        return new CypherResult(result.Fields, rows, result.Records.Count > maxRows);
    }
}
