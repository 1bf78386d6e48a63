using System.Text.Json;
using System.Text.Json.Nodes;
using GeoGraph.Core.Graph;
using GeoGraph.Store.Neo4j.Http;
using GeoGraph.Store.Neo4j.Values;

namespace GeoGraph.Store.Neo4j;

/// <summary>
/// Runs analysts' read-only Cypher: access mode READ (Neo4j refuses writes), sent once and never retried, typed
/// results turned into the documented JSON shape. Rows are read as they stream in and reading stops one row past
/// the cap, which tells that there were more. Statement errors become <see cref="CypherQueryException"/>, the server's
/// transaction timeout a <see cref="TimeoutException"/>.
/// </summary>
public sealed class Neo4jCypherReader(Neo4jQueryClient client) : ICypherReader
{
    private const string TimedOut = "Neo.ClientError.Transaction.TransactionTimedOut";

    private const string TimedOutClientConfiguration = "Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration";

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
        catch (StoreUnavailableException ended) when (ended.InnerException is Neo4jQueryException { Code: TimedOut or TimedOutClientConfiguration } timedOut)
        {
            // db.transaction.timeout stopped the query on the server: the query took too long, Neo4j is not down.
            throw new TimeoutException($"Neo4j stopped the query at its transaction timeout ({timedOut.Code}).", ended);
        }
        IReadOnlyList<IReadOnlyList<JsonNode?>> rows = [.. result.Rows.Take(maxRows)
            .Select(row => (IReadOnlyList<JsonNode?>)[.. row.Select(Neo4jTypedJson.ToJsonNode)])];
        return new CypherResult(result.Fields, rows, result.Rows.Count > maxRows);
    }
}
