using GeoGraph.Core.Model;

namespace GeoGraph.Core.Analysis;

/// <summary>
/// A compact, read-only, in-memory projection of the graph for traversal and analytics: nodes and edges
/// are integers, adjacency is stored as offset arrays (CSR), and each edge keeps only what queries filter
/// or draw by (id, type, ends, date, stance). Full records stay in the store.
/// </summary>
public sealed class GraphTopology
{
    internal GraphTopology(
        string[] nodeIds, string[] nodeNames, string[] nodeKinds, Dictionary<string, int> nodeIndex,
        string[] edgeIds, int[] edgeFrom, int[] edgeTo, int[] edgeType, string[] typeNames,
        PartialDate?[] edgeDates, DatePeriod?[] edgePeriods, Stance?[] edgeStances)
    {
        NodeIds = nodeIds;
        NodeNames = nodeNames;
        NodeKinds = nodeKinds;
        _nodeIndex = nodeIndex;
        EdgeIds = edgeIds;
        EdgeFrom = edgeFrom;
        EdgeTo = edgeTo;
        EdgeType = edgeType;
        TypeNames = typeNames;
        EdgeDates = edgeDates;
        EdgePeriods = edgePeriods;
        EdgeStances = edgeStances;
        (OutStart, OutEdges) = Adjacency(nodeIds.Length, edgeFrom);
        (InStart, InEdges) = Adjacency(nodeIds.Length, edgeTo);
    }

    private readonly Dictionary<string, int> _nodeIndex;

    public int NodeCount => NodeIds.Length;

    public int EdgeCount => EdgeIds.Length;

    public string[] NodeIds { get; }

    public string[] NodeNames { get; }

    public string[] NodeKinds { get; }

    public string[] EdgeIds { get; }

    public int[] EdgeFrom { get; }

    public int[] EdgeTo { get; }

    /// <summary>Index into <see cref="TypeNames"/>.</summary>
    public int[] EdgeType { get; }

    public string[] TypeNames { get; }

    /// <summary>The date shown for an edge: its date, or the start of its validity.</summary>
    public PartialDate?[] EdgeDates { get; }

    /// <summary>The days each edge covers (see <see cref="Relation.Period"/>), for date filters.</summary>
    public DatePeriod?[] EdgePeriods { get; }

    public Stance?[] EdgeStances { get; }

    /// <summary>Edges leaving node n are <c>OutEdges[OutStart[n]..OutStart[n + 1]]</c>.</summary>
    public int[] OutStart { get; }

    public int[] OutEdges { get; }

    public int[] InStart { get; }

    public int[] InEdges { get; }

    public bool TryGetNode(string id, out int node) => _nodeIndex.TryGetValue(id, out node);

    public int Degree(int node) => OutStart[node + 1] - OutStart[node] + InStart[node + 1] - InStart[node];

    /// <summary>The edges of a node in the given direction, each with the node at its other end.</summary>
    public IEnumerable<(int Edge, int Other)> Edges(int node, Graph.Direction direction)
    {
        if (direction != Graph.Direction.In)
        {
            for (var i = OutStart[node]; i < OutStart[node + 1]; i++)
                yield return (OutEdges[i], EdgeTo[OutEdges[i]]);
        }
        if (direction != Graph.Direction.Out)
        {
            for (var i = InStart[node]; i < InStart[node + 1]; i++)
                yield return (InEdges[i], EdgeFrom[InEdges[i]]);
        }
    }

    /// <summary>A mask over type indexes: null when every type is allowed.</summary>
    public bool[]? TypeMask(IReadOnlyCollection<string> types)
    {
        if (types.Count == 0)
            return null;
        return [.. TypeNames.Select(types.Contains)];
    }

    private static (int[] Start, int[] Edges) Adjacency(int nodeCount, int[] endOf)
    {
        var start = new int[nodeCount + 1];
        foreach (var node in endOf)
            start[node + 1]++;
        for (var n = 0; n < nodeCount; n++)
            start[n + 1] += start[n];
        var next = (int[])start.Clone();
        var edges = new int[endOf.Length];
        for (var edge = 0; edge < endOf.Length; edge++)
            edges[next[endOf[edge]]++] = edge;
        return (start, edges);
    }
}
