using GeoGraph.Core.Model;

namespace GeoGraph.Core.Analysis;

/// <summary>Collects nodes, then edges, into a <see cref="GraphTopology"/>. Edges to unknown nodes are refused.</summary>
public sealed class GraphTopologyBuilder
{
    private readonly List<string> _nodeIds = [];
    private readonly List<string> _nodeNames = [];
    private readonly List<string> _nodeKinds = [];
    private readonly Dictionary<string, int> _nodeIndex = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _typeIndex = new(StringComparer.Ordinal);
    private readonly List<string> _edgeIds = [];
    private readonly List<int> _edgeFrom = [];
    private readonly List<int> _edgeTo = [];
    private readonly List<int> _edgeType = [];
    private readonly List<PartialDate?> _edgeDates = [];
    private readonly List<DatePeriod?> _edgePeriods = [];
    private readonly List<Stance?> _edgeStances = [];

    public GraphTopologyBuilder AddNode(string id, string name, string kind)
    {
        _nodeIndex.Add(id, _nodeIds.Count);
        _nodeIds.Add(id);
        _nodeNames.Add(name);
        _nodeKinds.Add(string.IsInterned(kind) ?? kind);
        return this;
    }

    public GraphTopologyBuilder AddEdge(string id, string type, string from, string to, PartialDate? date, DatePeriod? period, Stance? stance)
    {
        if (!_nodeIndex.TryGetValue(from, out var fromNode) || !_nodeIndex.TryGetValue(to, out var toNode))
            throw new ArgumentException($"Relation '{id}' joins a node the topology does not hold.", nameof(id));
        if (!_typeIndex.TryGetValue(type, out var typeIndex))
            _typeIndex.Add(type, typeIndex = _typeIndex.Count);
        _edgeIds.Add(id);
        _edgeFrom.Add(fromNode);
        _edgeTo.Add(toNode);
        _edgeType.Add(typeIndex);
        _edgeDates.Add(date);
        _edgePeriods.Add(period);
        _edgeStances.Add(stance);
        return this;
    }

    public GraphTopology Build() => new(
        [.. _nodeIds], [.. _nodeNames], [.. _nodeKinds], _nodeIndex,
        [.. _edgeIds], [.. _edgeFrom], [.. _edgeTo], [.. _edgeType],
        [.. _typeIndex.OrderBy(pair => pair.Value).Select(pair => pair.Key)],
        [.. _edgeDates], [.. _edgePeriods], [.. _edgeStances]);

    /// <summary>A topology of a whole document (the seed, a test graph).</summary>
    public static GraphTopology From(Graph.GraphDocument document)
    {
        var builder = new GraphTopologyBuilder();
        foreach (var node in document.Nodes)
            builder.AddNode(node.Id, node.Name, node.Kind);
        foreach (var relation in document.Relations)
            builder.AddEdge(relation.Id, relation.Type, relation.From, relation.To, relation.Date ?? relation.ValidFrom, relation.Period(), relation.Stance);
        return builder.Build();
    }
}
