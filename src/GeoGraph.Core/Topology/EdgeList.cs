using System.Collections;
using GeoGraph.Core.Graph;

namespace GeoGraph.Core.Topology;

/// <summary>
/// The live edges of one node in one direction, each with the node at its other end. A struct with a struct
/// enumerator: a traversal's <c>foreach</c> allocates nothing per node it expands.
/// </summary>
public readonly struct EdgeList(GraphSnapshot graph, int node, Direction direction) : IEnumerable<(int Edge, int Other)>
{
    public EdgeEnumerator GetEnumerator() => new(graph, node, direction);

    IEnumerator<(int Edge, int Other)> IEnumerable<(int Edge, int Other)>.GetEnumerator() => GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

/// <summary>
/// Walks a node's base edges out, then the overlay's edges out, then the same inward, as the direction asks.
/// The base part reads the CSR arrays directly; removed edges are looked up only at nodes the overlay touched.
/// </summary>
public struct EdgeEnumerator : IEnumerator<(int Edge, int Other)>
{
    private readonly GraphSnapshot _graph;
    private readonly OverlayAdjacency? _touched;
    private readonly int _node;
    private readonly bool _out;
    private readonly bool _in;
    private int _phase;
    private int _index;
    private int _end;
    private int[]? _baseEdges;
    private int[]? _baseEnds;

    internal EdgeEnumerator(GraphSnapshot graph, int node, Direction direction)
    {
        _graph = graph;
        _node = node;
        _touched = graph.Touched(node);
        _out = direction != Direction.In;
        _in = direction != Direction.Out;
        _phase = -1;
        _index = _end = 0;
        _baseEdges = _baseEnds = null;
        Current = default;
    }

    public (int Edge, int Other) Current { get; private set; }

    readonly object IEnumerator.Current => Current;

    public bool MoveNext()
    {
        while (true)
        {
            if (_baseEdges is not null)
            {
                while (_index < _end)
                {
                    var edge = _baseEdges[_index++];
                    if (_touched is null || _graph.HasEdge(edge))
                    {
                        Current = (edge, _baseEnds![edge]);
                        return true;
                    }
                }
            }
            else
            {
                while (_index < _end)
                {
                    var edge = _phase == 1 ? _touched!.Out[_index++] : _touched!.In[_index++];
                    if (_graph.TryOverlayEnd(edge, outward: _phase == 1, out var other))
                    {
                        Current = (edge, other);
                        return true;
                    }
                }
            }
            if (++_phase > 3)
                return false;
            (_baseEdges, _baseEnds, _index, _end) = _graph.Phase(_node, _phase, _touched, _out, _in);
        }
    }

    public void Reset() => throw new NotSupportedException();

    public readonly void Dispose()
    {
    }
}
