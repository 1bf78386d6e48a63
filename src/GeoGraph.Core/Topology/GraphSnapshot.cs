using System.Collections.Concurrent;
using GeoGraph.Core.Graph;
using GeoGraph.Core.Model;

namespace GeoGraph.Core.Topology;

/// <summary>
/// An immutable view of the whole graph for traversal and analytics: a compact base plus the overlay of
/// writes since it was built. Nodes and edges are integer slots; a slot may be empty (removed), so loops go
/// over <see cref="NodeSlots"/> and ask <see cref="HasNode"/>. A request takes one snapshot and reads only it.
/// </summary>
public sealed partial class GraphSnapshot
{
    private readonly GraphBase _base;
    private readonly Overlay _overlay;
    private readonly ConcurrentDictionary<string, object> _computed = new(StringComparer.Ordinal);

    private GraphSnapshot(GraphBase graphBase, Overlay overlay, long version)
    {
        _base = graphBase;
        _overlay = overlay;
        Version = version;
    }

    internal static GraphSnapshot Of(GraphBase graphBase, long version) => new(graphBase, Overlay.Empty with
    {
        Types = [.. graphBase.Types],
        NextNodeSlot = graphBase.NodeCount,
        NextEdgeSlot = graphBase.EdgeCount,
        NodeCount = graphBase.NodeCount,
        EdgeCount = graphBase.EdgeCount,
    }, version);

    /// <summary>Counts the writes applied: a newer snapshot has a larger version.</summary>
    public long Version { get; }

    public int NodeCount => _overlay.NodeCount;

    public int EdgeCount => _overlay.EdgeCount;

    /// <summary>One past the largest node slot: the size of arrays indexed by node.</summary>
    public int NodeSlots => _overlay.NextNodeSlot;

    public int EdgeSlots => _overlay.NextEdgeSlot;

    /// <summary>How many entries the overlay holds (0 right after a build or a merge).</summary>
    public int OverlaySize => _overlay.Size;

    public IReadOnlyList<string> TypeNames => _overlay.Types;

    public bool HasNode(int node) => IsUntouched(node) || !_overlay.Nodes.TryGetValue(node, out var changed)
        ? node < _base.NodeCount
        : changed is not null;

    public bool HasEdge(int edge) => edge < _base.EdgeCount
        ? !_overlay.RemovedBaseEdges.Contains(edge)
        : _overlay.Edges.ContainsKey(edge);

    /// <summary>Every live node slot, in slot order.</summary>
    public IEnumerable<int> Nodes() => Enumerable.Range(0, NodeSlots).Where(HasNode);

    /// <summary>Every live edge slot, in slot order.</summary>
    public IEnumerable<int> AllEdges()
    {
        using var removed = _overlay.RemovedBaseEdges.GetEnumerator();
        var nextRemoved = removed.MoveNext() ? removed.Current : int.MaxValue;
        for (var edge = 0; edge < _base.EdgeCount; edge++)
        {
            if (edge == nextRemoved)
            {
                nextRemoved = removed.MoveNext() ? removed.Current : int.MaxValue;
                continue;
            }
            yield return edge;
        }
        foreach (var edge in _overlay.Edges.Keys.Order())
            yield return edge;
    }

    public bool TryGetNode(string id, out int node)
    {
        if (!_overlay.NodeSlots.TryGetValue(id, out node))
            node = _base.NodeIds.IndexOf(id);
        return node >= 0 && HasNode(node);
    }

    public bool TryGetEdge(string id, out int edge)
    {
        if (!_overlay.EdgeSlots.TryGetValue(id, out edge))
            edge = _base.EdgeIds.IndexOf(id);
        return edge >= 0 && HasEdge(edge);
    }

    public string NodeId(int node) => Changed(node)?.Id ?? _base.NodeIds[node];

    public string NodeName(int node) => Changed(node)?.Name ?? _base.NodeNames[node];

    public string NodeKind(int node) => Changed(node)?.Kind ?? _base.Kinds[_base.NodeKinds[node]];

    public string EdgeId(int edge) => edge < _base.EdgeCount ? _base.EdgeIds[edge] : _overlay.Edges[edge].Id;

    public int EdgeFrom(int edge) => edge < _base.EdgeCount ? _base.EdgeFrom[edge] : _overlay.Edges[edge].From;

    public int EdgeTo(int edge) => edge < _base.EdgeCount ? _base.EdgeTo[edge] : _overlay.Edges[edge].To;

    /// <summary>Index into <see cref="TypeNames"/>.</summary>
    public int EdgeTypeIndex(int edge) => edge < _base.EdgeCount ? _base.EdgeTypes[edge] : _overlay.Edges[edge].Type;

    public string EdgeType(int edge) => _overlay.Types[EdgeTypeIndex(edge)];

    /// <summary>The date shown for an edge: its date, or the start of its validity.</summary>
    public PartialDate? EdgeDate(int edge) => edge < _base.EdgeCount ? _base.Date(edge) : _overlay.Edges[edge].Date;

    /// <summary>The days the edge covers, for date filters.</summary>
    public DatePeriod? EdgePeriod(int edge) => edge < _base.EdgeCount ? _base.Period(edge) : _overlay.Edges[edge].Period;

    public Stance? EdgeStance(int edge) => edge < _base.EdgeCount ? _base.Stance(edge) : _overlay.Edges[edge].Stance;

    /// <summary>The live edges of a node in the given direction, each with the node at its other end.</summary>
    public EdgeList Edges(int node, Direction direction) => new(this, node, direction);

    /// <summary>The overlay's edges at a node the overlay touched; null for a node read straight from the base.</summary>
    internal OverlayAdjacency? Touched(int node) => IsUntouched(node) ? null : _overlay.Adjacency.GetValueOrDefault(node);

    /// <summary>
    /// What an <see cref="EdgeEnumerator"/> walks in one phase: 0 base edges out, 1 overlay edges out, 2 base edges
    /// in, 3 overlay edges in. Base phases come with the CSR arrays (edge slots, and the other end of each edge);
    /// overlay phases with none. An empty range for a phase the direction leaves out.
    /// </summary>
    internal (int[]? Edges, int[]? Ends, int Start, int End) Phase(int node, int phase, OverlayAdjacency? touched, bool outward, bool inward) => phase switch
    {
        0 when outward && node < _base.NodeCount => (_base.OutEdges, _base.EdgeTo, _base.OutStart[node], _base.OutStart[node + 1]),
        1 when outward && touched is not null => (null, null, 0, touched.Out.Count),
        2 when inward && node < _base.NodeCount => (_base.InEdges, _base.EdgeFrom, _base.InStart[node], _base.InStart[node + 1]),
        3 when inward && touched is not null => (null, null, 0, touched.In.Count),
        _ => (null, null, 0, 0),
    };

    /// <summary>The far end of an overlay edge seen from its start (<paramref name="outward"/>) or its end; false when it was removed.</summary>
    internal bool TryOverlayEnd(int edge, bool outward, out int other)
    {
        if (_overlay.Edges.TryGetValue(edge, out var added))
        {
            other = outward ? added.To : added.From;
            return true;
        }
        other = -1;
        return false;
    }

    public int Degree(int node) => OutDegree(node) + InDegree(node);

    public int OutDegree(int node) => HasOverlayEdges(node) ? Edges(node, Direction.Out).Count()
        : node < _base.NodeCount ? _base.OutStart[node + 1] - _base.OutStart[node] : 0;

    public int InDegree(int node) => HasOverlayEdges(node) ? Edges(node, Direction.In).Count()
        : node < _base.NodeCount ? _base.InStart[node + 1] - _base.InStart[node] : 0;

    /// <summary>A mask over type indexes: null when every type is allowed.</summary>
    public bool[]? TypeMask(IReadOnlyCollection<string> types) => types.Count == 0 ? null : [.. TypeNames.Select(types.Contains)];

    /// <summary>
    /// A value computed from this snapshot once, however many callers ask at the same time: callers share the
    /// computation, each can stop waiting, and the work itself stops when no caller is left waiting.
    /// </summary>
    public Task<T> ComputeOnceAsync<T>(string key, Func<GraphSnapshot, CancellationToken, T> compute, CancellationToken cancellationToken)
    {
        while (true)
        {
            var shared = (SharedComputation<T>)_computed.GetOrAdd(key, _ => new SharedComputation<T>(token => compute(this, token)));
            if (shared.TryJoin(out var result, cancellationToken))
                return result;
            _computed.TryRemove(new KeyValuePair<string, object>(key, shared));
        }
    }

    internal GraphSnapshot WithVersion(long version) => version == Version ? this : new(_base, _overlay, version);

    private bool IsUntouched(int node) => node < _base.NodeCount && !_base.Touched[node];

    private TopologyNode? Changed(int node) => IsUntouched(node) ? null : _overlay.Nodes.GetValueOrDefault(node);

    private bool HasOverlayEdges(int node) => !IsUntouched(node) && _overlay.Adjacency.ContainsKey(node);
}
