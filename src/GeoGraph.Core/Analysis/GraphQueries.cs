using System.Runtime.CompilerServices;
using GeoGraph.Core.Graph;
using GeoGraph.Core.Model;

namespace GeoGraph.Core.Analysis;

/// <summary>
/// The graph queries front ends and analysts use, on any store: traversals and analytics run on the
/// store's topology, and full records are fetched only for what a result shows.
/// </summary>
public sealed partial class GraphQueries(IGraphStore store)
{
    // Scores are computed once per topology: the store hands out a new topology after writes.
    private static readonly ConditionalWeakTable<GraphTopology, Dictionary<CentralityMeasure, CentralityScores>> ScoreCache = [];

    public async Task<GraphElements?> NeighborhoodAsync(NeighborhoodQuery query, CancellationToken cancellationToken = default) =>
        Neighborhood.Explore(await store.GetTopologyAsync(cancellationToken), query);

    /// <summary>Up to k shortest paths, shortest first; null when either end is unknown.</summary>
    public async Task<IReadOnlyList<GraphPath>?> PathsAsync(PathQuery query, CancellationToken cancellationToken = default)
    {
        var graph = await store.GetTopologyAsync(cancellationToken);
        if (!graph.TryGetNode(query.From, out var from) || !graph.TryGetNode(query.To, out var to))
            return null;
        var paths = PathFinder.KShortest(graph, from, to, query);
        var nodes = await NodesByIdAsync(paths.SelectMany(path => path.Nodes).Select(node => graph.NodeIds[node]), cancellationToken);
        var relations = (await store.GetRelationsAsync(paths.SelectMany(path => path.Edges).Select(edge => graph.EdgeIds[edge]).ToHashSet(), cancellationToken))
            .ToDictionary(relation => relation.Id);
        return [.. paths.Select(path => new GraphPath(
            [.. path.Nodes.Select(node => nodes[graph.NodeIds[node]])],
            [.. path.Edges.Select(edge => relations[graph.EdgeIds[edge]])]))];
    }

    public async Task<IReadOnlyList<RankedNode>> CentralityAsync(CentralityMeasure measure, string? kind, int top, CancellationToken cancellationToken = default)
    {
        var graph = await store.GetTopologyAsync(cancellationToken);
        var cache = ScoreCache.GetValue(graph, _ => []);
        CentralityScores scores;
        lock (cache)
        {
            if (!cache.TryGetValue(measure, out scores!))
                cache[measure] = scores = Centrality.Compute(graph, measure);
        }
        return [.. Enumerable.Range(0, graph.NodeCount)
            .Where(node => kind is null || graph.NodeKinds[node] == kind)
            .OrderByDescending(node => scores.Scores[node]).ThenBy(node => graph.NodeIds[node], StringComparer.Ordinal)
            .Take(top)
            .Select(node => new RankedNode(graph.NodeIds[node], graph.NodeNames[node], graph.NodeKinds[node], scores.Scores[node], scores.Approximate))];
    }

    public async Task<GraphStats> StatsAsync(CancellationToken cancellationToken = default) =>
        GraphStatistics.Compute(await store.GetTopologyAsync(cancellationToken));

    /// <summary>The first of these ids that names no node, for a 404 that says which.</summary>
    public async Task<string?> FirstUnknownAsync(IEnumerable<string?> ids, CancellationToken cancellationToken = default)
    {
        var graph = await store.GetTopologyAsync(cancellationToken);
        return ids.FirstOrDefault(id => id is not null && !graph.TryGetNode(id, out _));
    }

    private async Task<Dictionary<string, Node>> NodesByIdAsync(IEnumerable<string> ids, CancellationToken cancellationToken) =>
        (await store.GetNodesAsync(ids.ToHashSet(), cancellationToken)).ToDictionary(node => node.Id);
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
}
