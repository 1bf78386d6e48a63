using GeoGraph.Core.Graph;
using GeoGraph.Core.Model;

namespace GeoGraph.Store.Neo4j;

public sealed partial class Neo4jGraphStore
{
    public async Task<IReadOnlyList<SourceSummary>> ListSourcesAsync(CancellationToken cancellationToken = default)
    {
        var result = await ReadAsync(Neo4jStatements.ListSources, [], cancellationToken);
        return [.. result.Records.Select(record => new SourceSummary(
            Neo4jRecords.ToSource(record["source"]), checked((int)record.GetInt64("nodes")), checked((int)record.GetInt64("relations"))))];
    }

    public async Task<SourceDetail?> GetSourceAsync(string id, CancellationToken cancellationToken = default)
    {
        var result = await ReadAsync(Neo4jStatements.GetSource, new() { ["id"] = id }, cancellationToken);
        if (result.Records.Count == 0)
            return null;
        var record = result.Records[0];
        return new SourceDetail(
            Neo4jRecords.ToSource(record["source"]),
            [.. record["nodes"].EnumerateArray().Select(Neo4jRecords.ToNode)],
            [.. record["relations"].EnumerateArray().Select(Neo4jRecords.ToRelation)]);
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
