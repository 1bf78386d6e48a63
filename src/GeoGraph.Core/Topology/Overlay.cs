using System.Collections.Immutable;
using GeoGraph.Core.Model;

namespace GeoGraph.Core.Topology;

/// <summary>An edge added since the base was built; its type indexes the snapshot's type names.</summary>
internal sealed record OverlayEdge(string Id, int Type, int From, int To, PartialDate? Date, DatePeriod? Period, Stance? Stance);

/// <summary>Edges added since the base at a node that the overlay touched (a touched node's base edges are checked for removal).</summary>
internal sealed record OverlayAdjacency(ImmutableList<int> Out, ImmutableList<int> In)
{
    public static readonly OverlayAdjacency None = new([], []);
}

/// <summary>
/// What changed since the base, in persistent collections: each write makes a new overlay sharing almost all
/// of the old one, in time logarithmic in the overlay's size. Base edges are never changed in place: a
/// replaced edge is removed and added again in a new slot, so an untouched node's base edges are all live.
/// </summary>
internal sealed record Overlay
{
    public static readonly Overlay Empty = new();

    /// <summary>Nodes whose name or kind changed, nodes added (slots past the base) and removed nodes (null).</summary>
    public ImmutableDictionary<int, TopologyNode?> Nodes { get; init; } = ImmutableDictionary<int, TopologyNode?>.Empty;

    /// <summary>Slots of nodes whose id the base does not hold.</summary>
    public ImmutableDictionary<string, int> NodeSlots { get; init; } = ImmutableDictionary.Create<string, int>(StringComparer.Ordinal);

    /// <summary>Edges added in slots past the base; an edge removed since is no longer here.</summary>
    public ImmutableDictionary<int, OverlayEdge> Edges { get; init; } = ImmutableDictionary<int, OverlayEdge>.Empty;

    /// <summary>Base edges removed, in order, so a walk over all edges skips them without a lookup per edge.</summary>
    public ImmutableSortedSet<int> RemovedBaseEdges { get; init; } = [];

    /// <summary>Where an edge id lives now, overriding the base: a slot, or -1 when removed.</summary>
    public ImmutableDictionary<string, int> EdgeSlots { get; init; } = ImmutableDictionary.Create<string, int>(StringComparer.Ordinal);

    public ImmutableDictionary<int, OverlayAdjacency> Adjacency { get; init; } = ImmutableDictionary<int, OverlayAdjacency>.Empty;

    /// <summary>Relation types in use, the base's first.</summary>
    public ImmutableArray<string> Types { get; init; } = [];

    public int NextNodeSlot { get; init; }

    public int NextEdgeSlot { get; init; }

    public int NodeCount { get; init; }

    public int EdgeCount { get; init; }

    /// <summary>How much the overlay holds: reads slow down slightly as it grows, so it is merged into a new base.</summary>
    public int Size => Nodes.Count + NodeSlots.Count + Edges.Count + RemovedBaseEdges.Count + Adjacency.Count;
}
