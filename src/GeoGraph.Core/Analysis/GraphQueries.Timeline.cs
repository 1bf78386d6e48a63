using GeoGraph.Core.Graph;
using GeoGraph.Core.Model;
using GeoGraph.Core.Topology;

namespace GeoGraph.Core.Analysis;

/// <param name="Actor">Only events this node is related to.</param>
/// <param name="With">With <paramref name="Actor"/>: only events both are related to, plus their direct relations over time.</param>
public sealed record TimelineQuery(string? Actor, string? With, int Limit)
{
    public PartialDate? From { get; init; }

    public PartialDate? To { get; init; }

    public IReadOnlyCollection<string> Kinds { get; init; } = [];
}

/// <param name="Interactions">With <c>with=</c>: the relations between the two actors, dated ones in date order first.</param>
public sealed record Timeline(IReadOnlyList<TimelineEntry> Events, IReadOnlyList<Relation>? Interactions);

/// <summary>An event with who took part (and how), the statements made within it and what it is about.</summary>
public sealed record TimelineEntry(Node Event, IReadOnlyList<Participation> Participants, IReadOnlyList<NodeRef> Statements, IReadOnlyList<NodeRef> About);

public sealed record Participation(NodeRef Actor, string Relation, string? Role, Stance? Stance);

public sealed partial class GraphQueries
{
    private static readonly HashSet<string> AboutTypes = ["ABOUT", "COVERS", "TARGETS"];

    /// <summary>Dated events in date order (a month sorts before the days inside it: start first, then the longer period); null when an actor is unknown.</summary>
    public async Task<Timeline?> TimelineAsync(TimelineQuery query, CancellationToken cancellationToken = default)
    {
        var graph = await store.GetSnapshotAsync(cancellationToken);
        int actor = -1, with = -1;
        if ((query.Actor is not null && !graph.TryGetNode(query.Actor, out actor)) || (query.With is not null && !graph.TryGetNode(query.With, out with)))
            return null;
        var candidates = actor >= 0 ? await RelatedEventsAsync(graph, actor, with, query, cancellationToken) : await DatedEventsAsync(query, cancellationToken);
        // An event the store holds but this snapshot does not yet (another writer's, just committed) waits for the next snapshot.
        var events = candidates
            .Select(node => (Node: node, Slot: graph.TryGetNode(node.Id, out var slot) ? slot : -1))
            .Where(entry => entry.Slot >= 0 && entry.Node.Date is { } date
                && (query.From is not { } from || (entry.Node.EndDate ?? date).End >= from.Start) && (query.To is not { } to || date.Start <= to.End))
            .OrderBy(entry => entry.Node.Date!.Value.Start).ThenByDescending(entry => entry.Node.Date!.Value.End).ThenBy(entry => entry.Node.Id, StringComparer.Ordinal)
            .Take(query.Limit)
            .ToList();
        // Everything but a participant's role is in the snapshot: one read fetches the roles of all entries.
        var participantEdges = events.ToDictionary(entry => entry.Node.Id, entry => ParticipantEdges(graph, entry.Slot));
        var relations = await RelationsByIdAsync(participantEdges.Values.SelectMany(edges => edges).Select(graph.EdgeId), cancellationToken);
        var entries = events.Select(entry => Entry(graph, entry.Node, entry.Slot, participantEdges[entry.Node.Id], relations)).ToList();
        var interactions = actor >= 0 && with >= 0 ? await InteractionsAsync(graph, actor, with, cancellationToken) : null;
        return new Timeline(entries, interactions);
    }

    private async Task<IReadOnlyList<Node>> RelatedEventsAsync(GraphSnapshot graph, int actor, int with, TimelineQuery query, CancellationToken cancellationToken)
    {
        var candidates = Neighbours(graph, actor).Where(node => Vocabulary.CategoryOf(graph.NodeKind(node)) == NodeCategory.Event);
        if (with >= 0)
            candidates = candidates.Intersect(Neighbours(graph, with));
        if (query.Kinds.Count > 0)
            candidates = candidates.Where(node => query.Kinds.Contains(graph.NodeKind(node)));
        return await store.GetNodesAsync(candidates.Select(graph.NodeId).ToHashSet(), cancellationToken);
    }

    /// <summary>
    /// The first dated events in range, read in start-date order from the store's event list (its date index):
    /// as many as the limit asks, plus those starting on the same day as the last, whose order the timeline decides.
    /// </summary>
    private async Task<IReadOnlyList<Node>> DatedEventsAsync(TimelineQuery query, CancellationToken cancellationToken)
    {
        var events = new List<Node>();
        for (Cursor? after = null; ;)
        {
            var page = await store.ListNodesAsync(new NodeQuery(NodeCategory.Event, Math.Min(query.Limit + 1, 500))
            {
                From = query.From,
                To = query.To,
                Kinds = query.Kinds,
                After = after,
            }, cancellationToken);
            foreach (var node in page.Items)
            {
                // Undated events sort after every dated one.
                if (node.Date is not { } date || (events.Count >= query.Limit && date.Start > events[query.Limit - 1].Date!.Value.Start))
                    return events;
                events.Add(node);
            }
            if (page.Next is not { } next)
                return events;
            after = next;
        }
    }

    /// <summary>The relations between an event and actors, other than what the event is about.</summary>
    private static List<int> ParticipantEdges(GraphSnapshot graph, int eventNode) =>
        [.. graph.Edges(eventNode, Direction.Both)
            .Where(edge => Vocabulary.CategoryOf(graph.NodeKind(edge.Other)) == NodeCategory.Actor && !AboutTypes.Contains(graph.EdgeType(edge.Edge)))
            .Select(edge => edge.Edge)];

    private static TimelineEntry Entry(GraphSnapshot graph, Node node, int slot, List<int> participantEdges, Dictionary<string, Relation> relations)
    {
        var edges = graph.Edges(slot, Direction.Both).ToList();
        return new TimelineEntry(
            node,
            [.. participantEdges
                .Where(edge => relations.ContainsKey(graph.EdgeId(edge)))
                .Select(edge => (Relation: relations[graph.EdgeId(edge)], Actor: graph.EdgeFrom(edge) == slot ? graph.EdgeTo(edge) : graph.EdgeFrom(edge)))
                .Select(pair => new Participation(NodeRef.Of(graph, pair.Actor), pair.Relation.Type, pair.Relation.Role, pair.Relation.Stance))
                .OrderBy(participation => participation.Actor.Id, StringComparer.Ordinal)],
            [.. edges.Where(edge => graph.EdgeTo(edge.Edge) == slot && graph.EdgeType(edge.Edge) == "PART_OF" && graph.NodeKind(edge.Other) == "Statement")
                .Select(edge => NodeRef.Of(graph, edge.Other)).OrderBy(reference => reference.Id, StringComparer.Ordinal)],
            [.. edges.Where(edge => graph.EdgeFrom(edge.Edge) == slot && AboutTypes.Contains(graph.EdgeType(edge.Edge)))
                .Select(edge => NodeRef.Of(graph, edge.Other)).DistinctBy(reference => reference.Id).OrderBy(reference => reference.Id, StringComparer.Ordinal)]);
    }

    private async Task<IReadOnlyList<Relation>> InteractionsAsync(GraphSnapshot graph, int actor, int with, CancellationToken cancellationToken)
    {
        var ids = graph.Edges(actor, Direction.Both).Where(edge => edge.Other == with).Select(edge => graph.EdgeId(edge.Edge)).ToHashSet();
        return [.. (await store.GetRelationsAsync(ids, cancellationToken))
            .OrderBy(relation => relation.Date is null)
            .ThenBy(relation => relation.Date?.Start).ThenByDescending(relation => relation.Date?.End)
            .ThenBy(relation => relation.Id, StringComparer.Ordinal)];
    }

    private static HashSet<int> Neighbours(GraphSnapshot graph, int node) =>
        [.. graph.Edges(node, Direction.Both).Select(edge => edge.Other)];
}
