using GeoGraph.Core.Graph;
using GeoGraph.Core.Model;
using GeoGraph.Core.Topology;

namespace GeoGraph.Core.Analysis;

/// <param name="Limit">At most this many new nodes join at each hop; the rest are cut and the result says so.</param>
public sealed record NeighborhoodQuery(string Id, int Depth, Direction Direction, int Limit)
{
    public IReadOnlyCollection<string> Types { get; init; } = [];

    /// <summary>Only neighbours of these kinds (the centre is always in).</summary>
    public IReadOnlyCollection<string> Kinds { get; init; } = [];

    /// <summary>Only relations whose date or validity overlaps this range; undated relations are left out when a bound is given.</summary>
    public PartialDate? From { get; init; }

    public PartialDate? To { get; init; }
}

/// <summary>Nodes and the relations between them, read from one snapshot; <paramref name="Truncated"/> when a cap cut nodes.</summary>
public sealed record Subgraph(IReadOnlyList<SubgraphNode> Nodes, IReadOnlyList<SubgraphEdge> Edges, bool Truncated);

/// <param name="Hop">Distance from the centre of the query (0 for the centre).</param>
public sealed record SubgraphNode(string Id, string Name, string Kind, NodeCategory Category, int Hop);

public sealed record SubgraphEdge(string Id, string From, string To, string Type, PartialDate? Date, Stance? Stance);

public static class Neighborhood
{
    /// <summary>Breadth-first ego network around the query's node; null when the node is unknown.</summary>
    public static Subgraph? Explore(GraphSnapshot graph, NeighborhoodQuery query, CancellationToken cancellationToken = default)
    {
        if (!graph.TryGetNode(query.Id, out var centre))
            return null;
        var typeMask = graph.TypeMask(query.Types);
        var hopOf = new Dictionary<int, int> { [centre] = 0 };
        var edges = new HashSet<int>();
        var frontier = new List<int> { centre };
        var truncated = false;
        for (var hop = 1; hop <= query.Depth && frontier.Count > 0; hop++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var next = new List<int>();
            foreach (var node in frontier)
            {
                foreach (var (edge, other) in graph.Edges(node, query.Direction))
                {
                    if (!Passes(graph, edge, typeMask, query))
                        continue;
                    if (hopOf.ContainsKey(other))
                    {
                        edges.Add(edge);
                        continue;
                    }
                    if (query.Kinds.Count > 0 && !query.Kinds.Contains(graph.NodeKind(other)))
                        continue;
                    if (next.Count >= query.Limit)
                    {
                        truncated = true;
                        continue;
                    }
                    hopOf[other] = hop;
                    next.Add(other);
                    edges.Add(edge);
                }
            }
            frontier = next;
        }
        return new Subgraph(
            [.. hopOf.Select(pair => Node(graph, pair.Key, pair.Value)).OrderBy(node => node.Hop).ThenBy(node => node.Id, StringComparer.Ordinal)],
            [.. edges.Select(edge => Edge(graph, edge)).OrderBy(edge => edge.Id, StringComparer.Ordinal)],
            truncated);
    }

    public static SubgraphEdge Edge(GraphSnapshot graph, int edge) => new(
        graph.EdgeId(edge), graph.NodeId(graph.EdgeFrom(edge)), graph.NodeId(graph.EdgeTo(edge)),
        graph.EdgeType(edge), graph.EdgeDate(edge), graph.EdgeStance(edge));

    private static SubgraphNode Node(GraphSnapshot graph, int node, int hop)
    {
        var kind = graph.NodeKind(node);
        return new SubgraphNode(graph.NodeId(node), graph.NodeName(node), kind, Vocabulary.CategoryOf(kind), hop);
    }

    private static bool Passes(GraphSnapshot graph, int edge, bool[]? typeMask, NeighborhoodQuery query)
    {
        if (typeMask is not null && !typeMask[graph.EdgeTypeIndex(edge)])
            return false;
        if (query.From is null && query.To is null)
            return true;
        return graph.EdgePeriod(edge) is { } period && period.Overlaps(query.From, query.To);
    }
}
