using System.Text.Json;
using GeoGraph.Core.Graph;
using GeoGraph.Core.Model;
using GeoGraph.Core.Storage;

namespace GeoGraph.Store.Neo4j;

public sealed partial class Neo4jGraphStore
{
    public async Task<Page<SourceSummary>> ListSourcesAsync(int limit, Cursor? after = null, CancellationToken cancellationToken = default)
    {
        var result = await ReadAsync(Neo4jStatements.ListSources, new() { ["afterId"] = after?.Id ?? "", ["limit"] = limit + 1 }, cancellationToken);
        return Pages.Of(result.Records, limit, ToSummary, record => new Cursor("", record["source"].GetProperty("id").GetString()!));
    }

    public async Task<SourceSummary?> GetSourceAsync(string id, CancellationToken cancellationToken = default)
    {
        var result = await ReadAsync(Neo4jStatements.GetSource, new() { ["id"] = id }, cancellationToken);
        return result.Records.Count == 0 ? null : ToSummary(result.Records[0]);
    }

    public Task<Page<Node>?> ListSourceNodesAsync(string sourceId, int limit, Cursor? after = null, CancellationToken cancellationToken = default) =>
        ListOfSourceAsync(Neo4jStatements.SourceNodes, sourceId, limit, after, Neo4jRecords.ToNode, node => node.Id, cancellationToken);

    public Task<Page<Relation>?> ListSourceRelationsAsync(string sourceId, int limit, Cursor? after = null, CancellationToken cancellationToken = default) =>
        ListOfSourceAsync(Neo4jStatements.SourceRelations, sourceId, limit, after, Neo4jRecords.ToRelation, relation => relation.Id, cancellationToken);

    private static SourceSummary ToSummary(Http.Neo4jRecord record) =>
        new(Neo4jRecords.ToSource(record["source"]), checked((int)record.GetInt64("nodes")), checked((int)record.GetInt64("relations")));

    private async Task<Page<T>?> ListOfSourceAsync<T>(
        string statement, string sourceId, int limit, Cursor? after, Func<JsonElement, T> read, Func<T, string> id, CancellationToken cancellationToken)
    {
        var result = await ReadAsync(statement, new() { ["id"] = sourceId, ["afterId"] = after?.Id ?? "", ["limit"] = limit + 1 }, cancellationToken);
        if (result.Records.Count == 0)
            return null;
        var rows = result.Records[0]["items"].EnumerateArray().Select(read).ToList();
        return Pages.Of(rows, limit, item => item, item => new Cursor("", id(item)));
    }

    public async Task CreateSourceAsync(Source source, CancellationToken cancellationToken = default)
    {
        Http.Neo4jResult result;
        try
        {
            result = await WriteAsync(Neo4jStatements.CreateSource, new() { ["id"] = source.Id, ["props"] = Neo4jRecords.Properties(source) }, cancellationToken);
        }
        catch (DuplicateIdException)
        {
            throw new DuplicateIdException("source", source.Id);
        }
        if (Flag(result.Records[0], "duplicate"))
            throw new DuplicateIdException("source", source.Id);
    }
}
