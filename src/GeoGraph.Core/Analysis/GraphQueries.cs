using GeoGraph.Core.Graph;
using GeoGraph.Core.Model;
using GeoGraph.Core.Topology;

namespace GeoGraph.Core.Analysis;

/// <summary>
/// The graph queries front ends and analysts use, on any store. Each query takes the store's current snapshot
/// once and traverses only it; full records are fetched only for what a result shows. A record deleted between
/// the snapshot and the fetch is left out of the answer, never an error.
/// </summary>
public sealed partial class GraphQueries(IGraphStore store)
{
    public async Task<Subgraph?> NeighborhoodAsync(NeighborhoodQuery query, CancellationToken cancellationToken = default) =>
        Neighborhood.Explore(await store.GetSnapshotAsync(cancellationToken), query, cancellationToken);

    /// <summary>
    /// Up to k shortest paths, shortest first; null when either end is unknown. A path whose records changed
    /// between the snapshot and the fetch is searched again on the newer snapshot, once; paths still broken are left out.
    /// </summary>
    public async Task<IReadOnlyList<GraphPath>?> PathsAsync(PathQuery query, CancellationToken cancellationToken = default)
    {
        IReadOnlyList<GraphPath>? paths = null;
        for (var attempt = 0; attempt < 2; attempt++)
        {
            var graph = await store.GetSnapshotAsync(cancellationToken);
            if (!graph.TryGetNode(query.From, out var from) || !graph.TryGetNode(query.To, out var to))
                return null;
            var found = PathFinder.KShortest(graph, from, to, query, cancellationToken);
            var nodes = await NodesByIdAsync(found.SelectMany(path => path.Nodes).Select(graph.NodeId), cancellationToken);
            var relations = await RelationsByIdAsync(found.SelectMany(path => path.Edges).Select(graph.EdgeId), cancellationToken);
            bool Resolved(TopologyPath path) =>
                path.Nodes.All(node => nodes.ContainsKey(graph.NodeId(node)))
                && path.Edges.All(edge => relations.TryGetValue(graph.EdgeId(edge), out var relation)
                    && relation.From == graph.NodeId(graph.EdgeFrom(edge)) && relation.To == graph.NodeId(graph.EdgeTo(edge)));
            paths = [.. found
                .Where(Resolved)
                .Select(path => new GraphPath([.. path.Nodes.Select(node => nodes[graph.NodeId(node)])], [.. path.Edges.Select(edge => relations[graph.EdgeId(edge)])]))];
            if (paths.Count == found.Count)
                break;
        }
        return paths;
    }

    /// <summary>Computed once per snapshot and measure however many callers ask; ranked, then cut to the top.</summary>
    public async Task<IReadOnlyList<RankedNode>> CentralityAsync(CentralityMeasure measure, string? kind, int top, CancellationToken cancellationToken = default)
    {
        var graph = await store.GetSnapshotAsync(cancellationToken);
        var scores = await graph.ComputeOnceAsync($"centrality:{measure}", (snapshot, token) => Centrality.Compute(snapshot, measure, token), cancellationToken);
        // Highest score first, ties by id; ids are only read where scores tie.
        var order = Comparer<int>.Create((a, b) => scores.Scores[a] != scores.Scores[b]
            ? scores.Scores[b].CompareTo(scores.Scores[a])
            : string.CompareOrdinal(graph.NodeId(a), graph.NodeId(b)));
        return [.. Best(graph.Nodes().Where(node => kind is null || graph.NodeKind(node) == kind), top, order)
            .Select(node => new RankedNode(graph.NodeId(node), graph.NodeName(node), graph.NodeKind(node), scores.Scores[node], scores.Approximate))];
    }

    /// <summary>The first <paramref name="count"/> items in <paramref name="order"/>, in that order, without sorting them all.</summary>
    private static List<int> Best(IEnumerable<int> items, int count, Comparer<int> order)
    {
        // The root is the worst item kept so far.
        var kept = new PriorityQueue<int, int>(Comparer<int>.Create((a, b) => order.Compare(b, a)));
        foreach (var item in items)
        {
            if (kept.Count < count)
                kept.Enqueue(item, item);
            else if (count > 0 && order.Compare(item, kept.Peek()) < 0)
                kept.DequeueEnqueue(item, item);
        }
        return [.. kept.UnorderedItems.Select(pair => pair.Element).Order(order)];
    }

    public async Task<GraphStats> StatsAsync(CancellationToken cancellationToken = default)
    {
        var graph = await store.GetSnapshotAsync(cancellationToken);
        return await graph.ComputeOnceAsync("stats", GraphStatistics.Compute, cancellationToken);
    }

    /// <summary>The first of these ids that names no node, for a 404 that says which.</summary>
    public async Task<string?> FirstUnknownAsync(IEnumerable<string?> ids, CancellationToken cancellationToken = default)
    {
        var graph = await store.GetSnapshotAsync(cancellationToken);
        return ids.FirstOrDefault(id => id is not null && !graph.TryGetNode(id, out _));
    }

    private async Task<Dictionary<string, Node>> NodesByIdAsync(IEnumerable<string> ids, CancellationToken cancellationToken) =>
        (await store.GetNodesAsync(ids.ToHashSet(), cancellationToken)).ToDictionary(node => node.Id);

    private async Task<Dictionary<string, Relation>> RelationsByIdAsync(IEnumerable<string> ids, CancellationToken cancellationToken) =>
        (await store.GetRelationsAsync(ids.ToHashSet(), cancellationToken)).ToDictionary(relation => relation.Id);
}

/// <summary>A path with every node and relation on it: relation i joins node i and node i + 1 (either way round).</summary>
public sealed record GraphPath(IReadOnlyList<Node> Nodes, IReadOnlyList<Relation> Relations)
{
    public int Hops => Relations.Count;
}

/// <summary>A node with its centrality score.</summary>
public sealed record RankedNode(string Id, string Name, string Kind, double Score, bool Approximate);

/// <summary>The short form of a node inside a larger answer.</summary>
public sealed record NodeRef(string Id, string Name, string Kind)
{
    public static NodeRef Of(Node node) => new(node.Id, node.Name, node.Kind);

    public static NodeRef Of(GraphSnapshot graph, int node) => new(graph.NodeId(node), graph.NodeName(node), graph.NodeKind(node));
}
