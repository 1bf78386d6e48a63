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

/// <summary>Walks a node's base edges out, the overlay's edges out, then the same inward, as the direction asks.</summary>
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

    internal EdgeEnumerator(GraphSnapshot graph, int node, Direction direction)
    {
        _graph = graph;
        _node = node;
        _touched = graph.Touched(node);
        _out = direction != Direction.In;
        _in = direction != Direction.Out;
        _phase = -1;
        _index = _end = 0;
        Current = default;
    }

    public (int Edge, int Other) Current { get; private set; }

    readonly object IEnumerator.Current => Current;

    public bool MoveNext()
    {
        while (true)
        {
            if (_index < _end)
            {
                if (TryTake(_index++))
                    return true;
                continue;
            }
            if (++_phase > 3)
                return false;
            (_index, _end) = _graph.Range(_node, _phase, _touched, _out, _in);
        }
    }

    public void Reset() => throw new NotSupportedException();

    public readonly void Dispose()
    {
    }

    private bool TryTake(int position)
    {
        if (_graph.TryEdgeAt(_phase, position, _touched, out var edge, out var other))
        {
            Current = (edge, other);
            return true;
        }
        return false;
    }
}
