using System.Runtime.CompilerServices;
using GeoGraph.Core.Graph;
using GeoGraph.Core.Model;

namespace GeoGraph.Core.Exchange;

/// <summary>
/// The records an export writes, streamed from the store in id order and filtered on the way. Each call reads the
/// store afresh, so a format can read the graph twice (GraphML learns its property types first).
/// </summary>
public sealed class ExportGraph(IGraphStore store, ExportFilter filter)
{
    /// <summary>Relations whose ends are looked up together when nodes are filtered.</summary>
    private const int EndCheckBatch = 1_000;

    public IAsyncEnumerable<Source> Sources(CancellationToken cancellationToken) => store.ReadSourcesAsync(cancellationToken).Where(filter.Keeps);

    public IAsyncEnumerable<Node> Nodes(CancellationToken cancellationToken) => store.ReadNodesAsync(cancellationToken).Where(filter.Keeps);

    /// <summary>The relations the filter keeps whose ends it keeps too (looked up a batch at a time, so memory stays flat).</summary>
    public async IAsyncEnumerable<Relation> Relations([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var relations = store.ReadRelationsAsync(cancellationToken).Where(filter.Keeps);
        if (!filter.FiltersNodes)
        {
            await foreach (var relation in relations)
                yield return relation;
            yield break;
        }
        await foreach (var batch in relations.Chunk(EndCheckBatch))
        {
            var ends = batch.SelectMany(relation => new[] { relation.From, relation.To }).ToHashSet(StringComparer.Ordinal);
            var kept = (await store.GetNodesAsync(ends, cancellationToken)).Where(filter.Keeps).Select(node => node.Id).ToHashSet(StringComparer.Ordinal);
            foreach (var relation in batch.Where(relation => kept.Contains(relation.From) && kept.Contains(relation.To)))
                yield return relation;
        }
    }
}
