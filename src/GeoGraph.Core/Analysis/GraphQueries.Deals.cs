using System.Text.Json;
using GeoGraph.Core.Graph;
using GeoGraph.Core.Model;

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
        var graph = await store.GetTopologyAsync(cancellationToken);
        var edges = Enumerable.Range(0, graph.EdgeCount).Where(edge => graph.TypeNames[graph.EdgeType[edge]] == "CONTRADICTS").ToList();
        var claimants = edges.SelectMany(edge => new[] { graph.EdgeFrom[edge], graph.EdgeTo[edge] }).Distinct()
            .ToDictionary(claim => claim, claim => graph.Edges(claim, Direction.In).Where(edge => graph.TypeNames[graph.EdgeType[edge.Edge]] == "CLAIMED").Select(edge => edge.Other).ToList());
        var nodes = await NodesByIdAsync(claimants.Keys.Concat(claimants.Values.SelectMany(list => list)).Select(node => graph.NodeIds[node]), cancellationToken);
        var relations = (await store.GetRelationsAsync(edges.Select(edge => graph.EdgeIds[edge]).ToHashSet(), cancellationToken)).ToDictionary(relation => relation.Id);
        ClaimSide Side(int claim) => new(nodes[graph.NodeIds[claim]],
            [.. claimants[claim].Select(node => NodeRef.Of(nodes[graph.NodeIds[node]])).OrderBy(reference => reference.Id, StringComparer.Ordinal)]);
        return [.. edges.OrderBy(edge => graph.EdgeIds[edge], StringComparer.Ordinal)
            .Select(edge => new Dispute(relations[graph.EdgeIds[edge]], Side(graph.EdgeFrom[edge]), Side(graph.EdgeTo[edge])))];
    }

    /// <summary>
    /// The drafts of a deal (DealDraft nodes PART_OF it), oldest first along SUPERSEDES. Given a draft
    /// instead of a deal, its own lineage. Null when there is no such node.
    /// </summary>
    public async Task<IReadOnlyList<DraftEntry>?> DraftLineageAsync(string dealId, CancellationToken cancellationToken = default)
    {
        var graph = await store.GetTopologyAsync(cancellationToken);
        if (!graph.TryGetNode(dealId, out var deal))
            return null;
        var drafts = graph.NodeKinds[deal] == "DealDraft"
            ? Reachable(graph, deal, "SUPERSEDES")
            : graph.Edges(deal, Direction.In).Where(edge => IsType(graph, edge.Edge, "PART_OF") && graph.NodeKinds[edge.Other] == "DealDraft").Select(edge => edge.Other).ToHashSet();
        var supersedes = drafts.ToDictionary(draft => draft, draft => graph.Edges(draft, Direction.Out)
            .Where(edge => IsType(graph, edge.Edge, "SUPERSEDES") && drafts.Contains(edge.Other)).Select(edge => (int?)edge.Other).FirstOrDefault());
        var handlers = drafts.ToDictionary(draft => draft, draft => graph.Edges(draft, Direction.In)
            .Where(edge => IsType(graph, edge.Edge, "PRESENTED") || IsType(graph, edge.Edge, "ACCEPTED") || IsType(graph, edge.Edge, "REJECTED")).ToList());
        var nodes = await NodesByIdAsync(drafts.Concat(handlers.Values.SelectMany(edges => edges.Select(edge => edge.Other))).Select(node => graph.NodeIds[node]), cancellationToken);
        var ordered = OldestFirst(drafts, supersedes, draft => nodes[graph.NodeIds[draft]]);
        IReadOnlyList<NodeRef> By(int draft, string type) => [.. handlers[draft].Where(edge => IsType(graph, edge.Edge, type))
            .Select(edge => NodeRef.Of(nodes[graph.NodeIds[edge.Other]])).DistinctBy(reference => reference.Id).OrderBy(reference => reference.Id, StringComparer.Ordinal)];
        return [.. ordered.Select((draft, i) =>
        {
            var before = supersedes[draft] ?? (i > 0 ? ordered[i - 1] : null);
            return new DraftEntry(nodes[graph.NodeIds[draft]], supersedes[draft] is { } older ? graph.NodeIds[older] : null,
                By(draft, "PRESENTED"), By(draft, "ACCEPTED"), By(draft, "REJECTED"),
                before is { } previous ? Compare(nodes[graph.NodeIds[previous]].Properties, nodes[graph.NodeIds[draft]].Properties) : null);
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

    private static HashSet<int> Reachable(GraphTopology graph, int start, string type)
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

    private static bool IsType(GraphTopology graph, int edge, string type) => graph.TypeNames[graph.EdgeType[edge]] == type;
}
