using GeoGraph.Core.Model;

namespace GeoGraph.Core.Topology;

/// <summary>What a snapshot knows of a node.</summary>
public sealed record TopologyNode(string Id, string Name, string Kind)
{
    public static TopologyNode Of(Node node) => new(node.Id, node.Name, node.Kind);
}

/// <summary>What a snapshot knows of a relation: enough to traverse, filter and draw it.</summary>
/// <param name="Date">The date shown: the relation's date, or the start of its validity.</param>
/// <param name="Period">The days it covers (see <see cref="Relation.Period"/>), for date filters.</param>
public sealed record TopologyEdge(string Id, string Type, string From, string To, PartialDate? Date, DatePeriod? Period, Stance? Stance)
{
    public static TopologyEdge Of(Relation relation) =>
        new(relation.Id, relation.Type, relation.From, relation.To, relation.Date ?? relation.ValidFrom, relation.Period(), relation.Stance);
}

/// <summary>
/// One committed write, as the snapshot sees it. Stores describe each write this way so the next snapshot
/// costs work in proportion to the change. Removing a node removes its relations with it.
/// </summary>
public sealed record GraphChange
{
    /// <summary>Nodes created or replaced.</summary>
    public IReadOnlyList<TopologyNode> Nodes { get; init; } = [];

    /// <summary>Relations created or replaced (a replaced relation may have new ends or a new type).</summary>
    public IReadOnlyList<TopologyEdge> Edges { get; init; } = [];

    public IReadOnlyList<string> RemovedNodes { get; init; } = [];

    public IReadOnlyList<string> RemovedEdges { get; init; } = [];

    public int Size => Nodes.Count + Edges.Count + RemovedNodes.Count + RemovedEdges.Count;

    public static GraphChange Upserted(Node node) => new() { Nodes = [TopologyNode.Of(node)] };

    public static GraphChange Upserted(Relation relation) => new() { Edges = [TopologyEdge.Of(relation)] };

    public static GraphChange NodeRemoved(string id) => new() { RemovedNodes = [id] };

    public static GraphChange EdgeRemoved(string id) => new() { RemovedEdges = [id] };

    public static GraphChange Of(Graph.GraphDocument document) => new()
    {
        Nodes = [.. document.Nodes.Select(TopologyNode.Of)],
        Edges = [.. document.Relations.Select(TopologyEdge.Of)],
    };
}
