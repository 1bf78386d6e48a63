using System.Collections.Immutable;

namespace GeoGraph.Core.Topology;

public sealed partial class GraphSnapshot
{
    /// <summary>A snapshot built from nodes and edges (a test graph, a document).</summary>
    public static GraphSnapshot Build(IEnumerable<TopologyNode> nodes, IEnumerable<TopologyEdge> edges)
    {
        var builder = new GraphSnapshotBuilder();
        foreach (var node in nodes)
            builder.AddNode(node.Id, node.Name, node.Kind);
        foreach (var edge in edges)
        {
            if (!builder.AddEdge(edge.Id, edge.Type, edge.From, edge.To, edge.Date, edge.Period, edge.Stance))
                throw new ArgumentException($"Relation '{edge.Id}' joins a node the graph does not hold.", nameof(edges));
        }
        return builder.Build();
    }

    /// <summary>A snapshot of a whole document (the seed, a test graph).</summary>
    public static GraphSnapshot Of(Graph.GraphDocument document) =>
        Build(document.Nodes.Select(TopologyNode.Of), document.Relations.Select(TopologyEdge.Of));

    /// <summary>The next snapshot: this one with a committed write applied, at a cost in proportion to the write.</summary>
    public GraphSnapshot With(GraphChange change) => With(change, Version + 1);

    internal GraphSnapshot With(GraphChange change, long version)
    {
        var writer = new OverlayWriter(_base, _overlay);
        foreach (var id in change.RemovedEdges)
            writer.RemoveEdge(id);
        foreach (var id in change.RemovedNodes)
            writer.RemoveNode(id);
        foreach (var node in change.Nodes)
            writer.UpsertNode(node);
        foreach (var edge in change.Edges)
            writer.UpsertEdge(edge);
        return new GraphSnapshot(_base, writer.ToOverlay(), version);
    }

    /// <summary>This snapshot's graph as a new base with an empty overlay: the same graph, read at full speed.</summary>
    internal GraphSnapshot Merged(long version)
    {
        var builder = new GraphSnapshotBuilder();
        var position = new int[NodeSlots];
        foreach (var node in Nodes())
        {
            position[node] = builder.NodeCount;
            builder.AddNode(NodeId(node), NodeName(node), NodeKind(node));
        }
        foreach (var edge in AllEdges())
            builder.AddEdge(EdgeId(edge), EdgeType(edge), position[EdgeFrom(edge)], position[EdgeTo(edge)], EdgeDate(edge), EdgePeriod(edge), EdgeStance(edge));
        return Of(builder.BuildBase(), version);
    }

    /// <summary>Applies one change to builders of the overlay's collections, then freezes them.</summary>
    private sealed class OverlayWriter(GraphBase graphBase, Overlay overlay)
    {
        private readonly ImmutableDictionary<int, TopologyNode?>.Builder _nodes = overlay.Nodes.ToBuilder();
        private readonly ImmutableDictionary<string, int>.Builder _nodeSlots = overlay.NodeSlots.ToBuilder();
        private readonly ImmutableDictionary<int, OverlayEdge>.Builder _edges = overlay.Edges.ToBuilder();
        private readonly ImmutableSortedSet<int>.Builder _removedBaseEdges = overlay.RemovedBaseEdges.ToBuilder();
        private readonly ImmutableDictionary<string, int>.Builder _edgeSlots = overlay.EdgeSlots.ToBuilder();
        private readonly ImmutableDictionary<int, OverlayAdjacency>.Builder _adjacency = overlay.Adjacency.ToBuilder();
        private ImmutableArray<string> _types = overlay.Types;
        private int _nextNodeSlot = overlay.NextNodeSlot, _nextEdgeSlot = overlay.NextEdgeSlot;
        private int _nodeCount = overlay.NodeCount, _edgeCount = overlay.EdgeCount;

        public Overlay ToOverlay() => new()
        {
            Nodes = _nodes.ToImmutable(),
            NodeSlots = _nodeSlots.ToImmutable(),
            Edges = _edges.ToImmutable(),
            RemovedBaseEdges = _removedBaseEdges.ToImmutable(),
            EdgeSlots = _edgeSlots.ToImmutable(),
            Adjacency = _adjacency.ToImmutable(),
            Types = _types,
            NextNodeSlot = _nextNodeSlot,
            NextEdgeSlot = _nextEdgeSlot,
            NodeCount = _nodeCount,
            EdgeCount = _edgeCount,
        };

        public void UpsertNode(TopologyNode node)
        {
            var slot = NodeSlot(node.Id);
            if (slot < 0)
            {
                slot = _nextNodeSlot++;
                _nodeSlots[node.Id] = slot;
            }
            if (!IsLive(slot))
                _nodeCount++;
            MarkTouched(slot);
            if (slot < graphBase.NodeCount && graphBase.NodeNames[slot] == node.Name && graphBase.Kinds[graphBase.NodeKinds[slot]] == node.Kind)
                _nodes.Remove(slot);
            else
                _nodes[slot] = node;
        }

        public void RemoveNode(string id)
        {
            var slot = NodeSlot(id);
            if (slot < 0 || !IsLive(slot))
                return;
            foreach (var edge in IncidentEdges(slot))
                RemoveEdgeSlot(edge);
            MarkTouched(slot);
            _nodes[slot] = null;
            _nodeCount--;
        }

        public void UpsertEdge(TopologyEdge edge)
        {
            var (from, to) = (NodeSlot(edge.From), NodeSlot(edge.To));
            var type = TypeIndex(edge.Type);
            var old = EdgeSlot(edge.Id);
            if (old >= 0 && IsLiveEdge(old))
            {
                if (from >= 0 && to >= 0 && Same(old, edge, type, from, to))
                    return;
                RemoveEdgeSlot(old);
            }
            // An end this snapshot does not know can only be another writer's, not yet seen: the next build brings both.
            if (from < 0 || to < 0 || !IsLive(from) || !IsLive(to))
                return;
            var slot = _nextEdgeSlot++;
            _edges[slot] = new OverlayEdge(edge.Id, type, from, to, edge.Date, edge.Period, edge.Stance);
            _edgeSlots[edge.Id] = slot;
            var fromAdjacency = Touch(from);
            _adjacency[from] = fromAdjacency with { Out = fromAdjacency.Out.Add(slot) };
            // Read after the write above: a self-loop's two ends are one entry.
            var toAdjacency = Touch(to);
            _adjacency[to] = toAdjacency with { In = toAdjacency.In.Add(slot) };
            _edgeCount++;
        }

        public void RemoveEdge(string id)
        {
            var slot = EdgeSlot(id);
            if (slot >= 0 && IsLiveEdge(slot))
                RemoveEdgeSlot(slot);
        }

        private void RemoveEdgeSlot(int edge)
        {
            string id;
            int from, to;
            if (edge < graphBase.EdgeCount)
            {
                (id, from, to) = (graphBase.EdgeIds[edge], graphBase.EdgeFrom[edge], graphBase.EdgeTo[edge]);
                _removedBaseEdges.Add(edge);
                Touch(from);
                Touch(to);
            }
            else
            {
                var added = _edges[edge];
                (id, from, to) = (added.Id, added.From, added.To);
                _edges.Remove(edge);
                _adjacency[from] = Touch(from) with { Out = _adjacency[from].Out.Remove(edge) };
                _adjacency[to] = Touch(to) with { In = _adjacency[to].In.Remove(edge) };
            }
            if (graphBase.EdgeIds.IndexOf(id) >= 0)
                _edgeSlots[id] = -1;
            else
                _edgeSlots.Remove(id);
            _edgeCount--;
        }

        private bool Same(int edge, TopologyEdge wanted, int type, int from, int to) => edge < graphBase.EdgeCount
            ? graphBase.EdgeFrom[edge] == from && graphBase.EdgeTo[edge] == to && graphBase.EdgeTypes[edge] == type
                && graphBase.Date(edge) == wanted.Date && graphBase.Period(edge) == wanted.Period && graphBase.Stance(edge) == wanted.Stance
            : _edges[edge] == new OverlayEdge(wanted.Id, type, from, to, wanted.Date, wanted.Period, wanted.Stance);

        private List<int> IncidentEdges(int node)
        {
            var edges = new List<int>();
            if (node < graphBase.NodeCount)
            {
                for (var i = graphBase.OutStart[node]; i < graphBase.OutStart[node + 1]; i++)
                    edges.Add(graphBase.OutEdges[i]);
                for (var i = graphBase.InStart[node]; i < graphBase.InStart[node + 1]; i++)
                    edges.Add(graphBase.InEdges[i]);
            }
            if (_adjacency.TryGetValue(node, out var added))
                edges.AddRange(added.Out.Concat(added.In));
            return [.. edges.Distinct().Where(IsLiveEdge)];
        }

        private OverlayAdjacency Touch(int node)
        {
            MarkTouched(node);
            if (!_adjacency.TryGetValue(node, out var adjacency))
                _adjacency[node] = adjacency = OverlayAdjacency.None;
            return adjacency;
        }

        private void MarkTouched(int node)
        {
            if (node < graphBase.NodeCount)
                graphBase.Touched[node] = true;
        }

        private int TypeIndex(string type)
        {
            var index = _types.IndexOf(type);
            if (index >= 0)
                return index;
            _types = _types.Add(type);
            return _types.Length - 1;
        }

        private int NodeSlot(string id) => _nodeSlots.TryGetValue(id, out var slot) ? slot : graphBase.NodeIds.IndexOf(id);

        private int EdgeSlot(string id) => _edgeSlots.TryGetValue(id, out var slot) ? slot : graphBase.EdgeIds.IndexOf(id);

        private bool IsLive(int node) => _nodes.TryGetValue(node, out var changed) ? changed is not null : node < graphBase.NodeCount;

        private bool IsLiveEdge(int edge) => edge < graphBase.EdgeCount ? !_removedBaseEdges.Contains(edge) : _edges.ContainsKey(edge);
    }
}
