using GeoGraph.Core.Model;
using GeoGraph.Core.Topology;

namespace GeoGraph.Tests.Topology;

/// <summary>The plainest model of a graph under changes: two dictionaries, applied in the order a snapshot applies a change.</summary>
public sealed class GraphModel
{
    private readonly Dictionary<string, TopologyNode> _nodes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TopologyEdge> _edges = new(StringComparer.Ordinal);

    public void Apply(GraphChange change)
    {
        foreach (var id in change.RemovedEdges)
            _edges.Remove(id);
        foreach (var id in change.RemovedNodes)
        {
            if (_nodes.Remove(id))
            {
                foreach (var edge in _edges.Values.Where(edge => edge.From == id || edge.To == id).ToList())
                    _edges.Remove(edge.Id);
            }
        }
        foreach (var node in change.Nodes)
            _nodes[node.Id] = node;
        foreach (var edge in change.Edges)
        {
            _edges.Remove(edge.Id);
            if (_nodes.ContainsKey(edge.From) && _nodes.ContainsKey(edge.To))
                _edges[edge.Id] = edge;
        }
    }

    /// <summary>A snapshot built from scratch from the model's graph.</summary>
    public GraphSnapshot Build() => GraphSnapshot.Build(_nodes.Values.OrderBy(node => node.Id, StringComparer.Ordinal), _edges.Values);

    public static GraphChange Change(IEnumerable<GraphOperation> operations)
    {
        var list = operations.ToList();
        return new GraphChange
        {
            Nodes = [.. list.OfType<GraphOperation.UpsertNode>().Select(operation => operation.Node)],
            Edges = [.. list.OfType<GraphOperation.UpsertEdge>().Select(operation => operation.Edge)],
            RemovedNodes = [.. list.OfType<GraphOperation.RemoveNode>().Select(operation => operation.Id)],
            RemovedEdges = [.. list.OfType<GraphOperation.RemoveEdge>().Select(operation => operation.Id)],
        };
    }
}

/// <summary>One write, drawn at random over a small set of ids so that writes collide often.</summary>
public abstract record GraphOperation
{
    public sealed record UpsertNode(TopologyNode Node) : GraphOperation;

    public sealed record RemoveNode(string Id) : GraphOperation;

    public sealed record UpsertEdge(TopologyEdge Edge) : GraphOperation;

    public sealed record RemoveEdge(string Id) : GraphOperation;

    public static GraphOperation Of(int what, int a, int b, int c, int d) => (what % 6) switch
    {
        0 or 1 => new UpsertNode(new TopologyNode(NodeId(a), $"Name {c}", d % 2 == 0 ? "Person" : "State")),
        2 => new RemoveNode(NodeId(a)),
        3 or 4 => new UpsertEdge(EdgeOf(EdgeId(a, c), a, b, c, d)),
        _ => new RemoveEdge(EdgeId(a, c)),
    };

    private static string NodeId(int n) => $"n{n}";

    private static string EdgeId(int a, int c) => $"e{(a * 3 + c) % 24}";

    private static TopologyEdge EdgeOf(string id, int from, int to, int type, int variant)
    {
        PartialDate? date = variant switch { 1 => PartialDate.Parse("2025"), 2 => PartialDate.Parse("2025-02"), 3 => PartialDate.Parse("2025-03-31"), _ => null };
        return new TopologyEdge(id, type switch { 0 => "SUPPORTS", 1 => "ACCUSED", _ => "MET" }, NodeId(from), NodeId(to),
            date, date is { } day ? new DatePeriod(day.Start, day.End) : null, variant == 0 ? null : (Stance)(variant - 1));
    }
}
