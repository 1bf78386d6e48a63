using System.Runtime.CompilerServices;
using System.Text.Json;
using GeoGraph.Core;
using GeoGraph.Core.Model;
using GeoGraph.Core.Storage;

namespace GeoGraph.Store.Neo4j;

public sealed partial class Neo4jGraphStore
{
    /// <summary>Rows per request of a streamed read: a page is held while it is handed out, the next one is read after.</summary>
    internal const int StreamPageSize = 1_000;

    public IAsyncEnumerable<Source> ReadSourcesAsync(CancellationToken cancellationToken = default) =>
        PagesAsync(Neo4jStatements.StreamSources, Neo4jRecords.ToSource, source => source.Id, cancellationToken);

    public IAsyncEnumerable<Node> ReadNodesAsync(CancellationToken cancellationToken = default) =>
        PagesAsync(Neo4jStatements.StreamNodes, Neo4jRecords.ToNode, node => node.Id, cancellationToken);

    /// <summary>Each type is read in id order on its own index, and the types are merged by id.</summary>
    public IAsyncEnumerable<Relation> ReadRelationsAsync(CancellationToken cancellationToken = default) =>
        OrderedStreams.MergeByIdAsync(
            Vocabulary.RelationTypes.Keys.Select(type => PagesAsync(Neo4jStatements.StreamRelations(type), Neo4jRecords.ToRelation, relation => relation.Id, cancellationToken)),
            relation => relation.Id, cancellationToken);

    private async IAsyncEnumerable<T> PagesAsync<T>(
        string statement, Func<JsonElement, T> read, Func<T, string> id, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        for (var after = ""; ;)
        {
            var page = await ReadAsync(statement, new() { ["afterId"] = after, ["limit"] = StreamPageSize }, cancellationToken);
            T? last = default;
            foreach (var record in page.Records)
                yield return last = read(record["item"]);
            if (page.Records.Count < StreamPageSize || last is null)
                yield break;
            after = id(last);
        }
    }
}
