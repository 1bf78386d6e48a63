using GeoGraph.Core.Graph;
using GeoGraph.Core.Model;

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

/// <summary>A subgraph shaped as Cytoscape.js elements, ready for a front end to draw.</summary>
public sealed record GraphElements(IReadOnlyList<NodeElement> Nodes, IReadOnlyList<EdgeElement> Edges, bool Truncated);

public sealed record NodeElement(NodeData Data);

/// <param name="Hop">Distance from the centre of the query (0 for the centre).</param>
public sealed record NodeData(string Id, string Label, string Kind, NodeCategory Category, int Hop);

public sealed record EdgeElement(EdgeData Data);

public sealed record EdgeData(string Id, string Source, string Target, string Type, PartialDate? Date, Stance? Stance);

public static class Neighborhood
{
    /// <summary>Breadth-first ego network around the query's node; null when the node is unknown.</summary>
    public static GraphElements? Explore(GraphTopology graph, NeighborhoodQuery query)
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
                    if (query.Kinds.Count > 0 && !query.Kinds.Contains(graph.NodeKinds[other]))
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
        return new GraphElements(
            [.. hopOf.OrderBy(pair => pair.Value).ThenBy(pair => graph.NodeIds[pair.Key], StringComparer.Ordinal)
                .Select(pair => new NodeElement(new NodeData(graph.NodeIds[pair.Key], graph.NodeNames[pair.Key], graph.NodeKinds[pair.Key],
                    Vocabulary.CategoryOf(graph.NodeKinds[pair.Key]), pair.Value)))],
            [.. edges.Select(edge => ToElement(graph, edge)).OrderBy(element => element.Data.Id, StringComparer.Ordinal)],
            truncated);
    }

    public static EdgeElement ToElement(GraphTopology graph, int edge) => new(new EdgeData(
        graph.EdgeIds[edge], graph.NodeIds[graph.EdgeFrom[edge]], graph.NodeIds[graph.EdgeTo[edge]],
        graph.TypeNames[graph.EdgeType[edge]], graph.EdgeDates[edge], graph.EdgeStances[edge]));

    private static bool Passes(GraphTopology graph, int edge, bool[]? typeMask, NeighborhoodQuery query)
    {
        if (typeMask is not null && !typeMask[graph.EdgeType[edge]])
            return false;
        if (query.From is null && query.To is null)
            return true;
        return graph.EdgePeriods[edge] is { } period && period.Overlaps(query.From, query.To);
    }
}
