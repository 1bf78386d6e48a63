using System.Text.Json;
using GeoGraph.Core.Graph;
using GeoGraph.Core.Model;
using GeoGraph.Core.Topology;

namespace GeoGraph.Core.Analysis;

/// <summary>Two claims that contradict each other, side by side.</summary>
public sealed record Dispute(Relation Contradiction, ClaimSide Claim, ClaimSide Counter);

/// <summary>A claim with who made it; the claim's provenance carries the passage.</summary>
public sealed record ClaimSide(Node Claim, IReadOnlyList<NodeRef> ClaimedBy);

/// <summary>One draft of a deal in its lineage, with who handled it and what changed from the draft it replaced.</summary>
public sealed record DraftEntry(
    Node Draft,
    string? Supersedes,
    IReadOnlyList<NodeRef> PresentedBy,
    IReadOnlyList<NodeRef> AcceptedBy,
    IReadOnlyList<NodeRef> RejectedBy,
    TermChanges? Changes);

/// <summary>How a draft's terms (its structured properties) differ from the draft before it.</summary>
public sealed record TermChanges(
    IReadOnlyDictionary<string, JsonElement> Added,
    IReadOnlyDictionary<string, JsonElement> Dropped,
    IReadOnlyDictionary<string, TermChange> Changed);

public sealed record TermChange(JsonElement From, JsonElement To);

public sealed partial class GraphQueries
{
    public async Task<IReadOnlyList<Dispute>> DisputedClaimsAsync(CancellationToken cancellationToken = default)
    {
        var graph = await store.GetSnapshotAsync(cancellationToken);
        var edges = graph.AllEdges().Where(edge => graph.EdgeType(edge) == "CONTRADICTS").ToList();
        var claimants = edges.SelectMany(edge => new[] { graph.EdgeFrom(edge), graph.EdgeTo(edge) }).Distinct()
            .ToDictionary(claim => claim, claim => graph.Edges(claim, Direction.In).Where(edge => graph.EdgeType(edge.Edge) == "CLAIMED").Select(edge => edge.Other).ToList());
        var nodes = await NodesByIdAsync(claimants.Keys.Concat(claimants.Values.SelectMany(list => list)).Select(graph.NodeId), cancellationToken);
        var relations = await RelationsByIdAsync(edges.Select(graph.EdgeId), cancellationToken);
        ClaimSide Side(int claim) => new(nodes[graph.NodeId(claim)],
            [.. claimants[claim].Select(graph.NodeId).Where(nodes.ContainsKey).Select(id => NodeRef.Of(nodes[id])).OrderBy(reference => reference.Id, StringComparer.Ordinal)]);
        return [.. edges
            .Where(edge => relations.ContainsKey(graph.EdgeId(edge)) && nodes.ContainsKey(graph.NodeId(graph.EdgeFrom(edge))) && nodes.ContainsKey(graph.NodeId(graph.EdgeTo(edge))))
            .OrderBy(graph.EdgeId, StringComparer.Ordinal)
            .Select(edge => new Dispute(relations[graph.EdgeId(edge)], Side(graph.EdgeFrom(edge)), Side(graph.EdgeTo(edge))))];
    }

    /// <summary>
    /// The drafts of a deal (DealDraft nodes PART_OF it), oldest first along SUPERSEDES. Given a draft
    /// instead of a deal, its own lineage. Null when there is no such node.
    /// </summary>
    public async Task<IReadOnlyList<DraftEntry>?> DraftLineageAsync(string dealId, CancellationToken cancellationToken = default)
    {
        var graph = await store.GetSnapshotAsync(cancellationToken);
        if (!graph.TryGetNode(dealId, out var deal))
            return null;
        var lineage = graph.NodeKind(deal) == "DealDraft"
            ? Reachable(graph, deal, "SUPERSEDES")
            : graph.Edges(deal, Direction.In).Where(edge => IsType(graph, edge.Edge, "PART_OF") && graph.NodeKind(edge.Other) == "DealDraft").Select(edge => edge.Other).ToHashSet();
        var handlerEdges = lineage.ToDictionary(draft => draft, draft => graph.Edges(draft, Direction.In)
            .Where(edge => IsType(graph, edge.Edge, "PRESENTED") || IsType(graph, edge.Edge, "ACCEPTED") || IsType(graph, edge.Edge, "REJECTED")).ToList());
        var nodes = await NodesByIdAsync(lineage.Concat(handlerEdges.Values.SelectMany(edges => edges.Select(edge => edge.Other))).Select(graph.NodeId), cancellationToken);
        // Drafts deleted since the snapshot drop out of the lineage.
        var drafts = lineage.Where(draft => nodes.ContainsKey(graph.NodeId(draft))).ToHashSet();
        var supersedes = drafts.ToDictionary(draft => draft, draft => graph.Edges(draft, Direction.Out)
            .Where(edge => IsType(graph, edge.Edge, "SUPERSEDES") && drafts.Contains(edge.Other)).Select(edge => (int?)edge.Other).FirstOrDefault());
        var ordered = OldestFirst(drafts, supersedes, draft => nodes[graph.NodeId(draft)]);
        IReadOnlyList<NodeRef> By(int draft, string type) => [.. handlerEdges[draft].Where(edge => IsType(graph, edge.Edge, type))
            .Select(edge => graph.NodeId(edge.Other)).Where(nodes.ContainsKey)
            .Select(id => NodeRef.Of(nodes[id])).DistinctBy(reference => reference.Id).OrderBy(reference => reference.Id, StringComparer.Ordinal)];
        return [.. ordered.Select((draft, i) =>
        {
            var before = supersedes[draft] ?? (i > 0 ? ordered[i - 1] : null);
            return new DraftEntry(nodes[graph.NodeId(draft)], supersedes[draft] is { } older ? graph.NodeId(older) : null,
                By(draft, "PRESENTED"), By(draft, "ACCEPTED"), By(draft, "REJECTED"),
                before is { } previous ? Compare(nodes[graph.NodeId(previous)].Properties, nodes[graph.NodeId(draft)].Properties) : null);
        })];
    }

    /// <summary>Orders drafts so that each comes after the draft it supersedes; ties by date, then id.</summary>
    private static List<int> OldestFirst(HashSet<int> drafts, Dictionary<int, int?> supersedes, Func<int, Node> node)
    {
        var ordered = new List<int>();
        var remaining = drafts.OrderBy(draft => node(draft).Date?.Start ?? DateOnly.MaxValue).ThenBy(draft => node(draft).Id, StringComparer.Ordinal).ToList();
        while (remaining.Count > 0)
        {
            var ready = remaining.FirstOrDefault(draft => supersedes[draft] is not { } older || ordered.Contains(older), remaining[0]);
            ordered.Add(ready);
            remaining.Remove(ready);
        }
        return ordered;
    }

    private static TermChanges Compare(IReadOnlyDictionary<string, JsonElement> before, IReadOnlyDictionary<string, JsonElement> after) => new(
        after.Where(term => !before.ContainsKey(term.Key)).ToDictionary(),
        before.Where(term => !after.ContainsKey(term.Key)).ToDictionary(),
        after.Where(term => before.TryGetValue(term.Key, out var old) && !JsonElement.DeepEquals(old, term.Value))
            .ToDictionary(term => term.Key, term => new TermChange(before[term.Key], term.Value)));

    private static HashSet<int> Reachable(GraphSnapshot graph, int start, string type)
    {
        var seen = new HashSet<int> { start };
        var queue = new Queue<int>([start]);
        while (queue.TryDequeue(out var node))
        {
            foreach (var (edge, other) in graph.Edges(node, Direction.Both))
            {
                if (IsType(graph, edge, type) && seen.Add(other))
                    queue.Enqueue(other);
            }
        }
        return seen;
    }

    private static bool IsType(GraphSnapshot graph, int edge, string type) => graph.EdgeType(edge) == type;
}
