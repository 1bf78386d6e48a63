using GeoGraph.Core.Model;

namespace GeoGraph.Core.Topology;

/// <summary>Collects nodes, then edges, into a snapshot; stores fill it from one consistent read.</summary>
public sealed class GraphSnapshotBuilder
{
    private readonly IdTableBuilder _nodeIds = new();
    private readonly IdTableBuilder _nodeNames = new();
    private readonly List<byte> _nodeKinds = [];
    private readonly Dictionary<string, int> _nodeIndex = new(StringComparer.Ordinal);
    private readonly Dictionary<string, byte> _kinds = new(StringComparer.Ordinal);
    private readonly IdTableBuilder _edgeIds = new();
    private readonly List<int> _edgeFrom = [];
    private readonly List<int> _edgeTo = [];
    private readonly List<byte> _edgeTypes = [];
    private readonly Dictionary<string, byte> _types = new(StringComparer.Ordinal);
    private readonly List<int> _edgeDates = [];
    private readonly List<int> _periodStarts = [];
    private readonly List<int> _periodEnds = [];
    private readonly List<byte> _edgeStances = [];

    public int NodeCount => _nodeKinds.Count;

    /// <exception cref="ArgumentException">A node with that id was added already.</exception>
    public void AddNode(string id, string name, string kind)
    {
        _nodeIndex.Add(id, _nodeKinds.Count);
        _nodeIds.Add(id);
        _nodeNames.Add(name);
        _nodeKinds.Add(Code(_kinds, kind));
    }

    /// <summary>Adds an edge between nodes added before; false (and nothing added) when an end is unknown.</summary>
    public bool AddEdge(string id, string type, string from, string to, PartialDate? date, DatePeriod? period, Stance? stance)
    {
        if (!_nodeIndex.TryGetValue(from, out var fromNode) || !_nodeIndex.TryGetValue(to, out var toNode))
            return false;
        AddEdge(id, type, fromNode, toNode, date, period, stance);
        return true;
    }

    /// <summary>Adds an edge between nodes given by their position in this builder.</summary>
    internal void AddEdge(string id, string type, int from, int to, PartialDate? date, DatePeriod? period, Stance? stance)
    {
        _edgeIds.Add(id);
        _edgeFrom.Add(from);
        _edgeTo.Add(to);
        _edgeTypes.Add(Code(_types, type));
        _edgeDates.Add(GraphBase.PackDate(date));
        _periodStarts.Add(period?.Start.DayNumber ?? GraphBase.NoDay);
        _periodEnds.Add(period?.End.DayNumber ?? GraphBase.NoDay);
        _edgeStances.Add(stance is { } value ? (byte)((int)value + 1) : (byte)0);
    }

    public GraphSnapshot Build() => GraphSnapshot.Of(BuildBase(), version: 0);

    internal GraphBase BuildBase()
    {
        var (outStart, outEdges) = Adjacency(_nodeKinds.Count, _edgeFrom);
        var (inStart, inEdges) = Adjacency(_nodeKinds.Count, _edgeTo);
        return new GraphBase
        {
            NodeIds = _nodeIds.Build(indexed: true),
            NodeNames = _nodeNames.Build(indexed: false),
            NodeKinds = [.. _nodeKinds],
            Touched = new bool[_nodeKinds.Count],
            Kinds = Names(_kinds),
            EdgeIds = _edgeIds.Build(indexed: true),
            EdgeFrom = [.. _edgeFrom],
            EdgeTo = [.. _edgeTo],
            EdgeTypes = [.. _edgeTypes],
            Types = Names(_types),
            EdgeDates = [.. _edgeDates],
            PeriodStarts = [.. _periodStarts],
            PeriodEnds = [.. _periodEnds],
            EdgeStances = [.. _edgeStances],
            OutStart = outStart,
            OutEdges = outEdges,
            InStart = inStart,
            InEdges = inEdges,
        };
    }

    private static byte Code(Dictionary<string, byte> codes, string name)
    {
        if (codes.TryGetValue(name, out var code))
            return code;
        if (codes.Count > byte.MaxValue)
            throw new InvalidOperationException($"More than {byte.MaxValue + 1} distinct kinds or relation types.");
        codes.Add(name, code = (byte)codes.Count);
        return code;
    }

    private static string[] Names(Dictionary<string, byte> codes) => [.. codes.OrderBy(pair => pair.Value).Select(pair => pair.Key)];

    private static (int[] Start, int[] Edges) Adjacency(int nodeCount, List<int> endOf)
    {
        var start = new int[nodeCount + 1];
        foreach (var node in endOf)
            start[node + 1]++;
        for (var n = 0; n < nodeCount; n++)
            start[n + 1] += start[n];
        var next = (int[])start.Clone();
        var edges = new int[endOf.Count];
        for (var edge = 0; edge < endOf.Count; edge++)
            edges[next[endOf[edge]]++] = edge;
        return (start, edges);
    }
}
