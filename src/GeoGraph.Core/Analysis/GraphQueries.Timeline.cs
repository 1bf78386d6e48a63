using GeoGraph.Core.Graph;
using GeoGraph.Core.Model;

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
        var graph = await store.GetTopologyAsync(cancellationToken);
        int actor = -1, with = -1;
        if ((query.Actor is not null && !graph.TryGetNode(query.Actor, out actor)) || (query.With is not null && !graph.TryGetNode(query.With, out with)))
            return null;
        var candidates = Enumerable.Range(0, graph.NodeCount).Where(node => Vocabulary.CategoryOf(graph.NodeKinds[node]) == NodeCategory.Event);
        if (actor >= 0)
            candidates = candidates.Intersect(Neighbours(graph, actor));
        if (with >= 0)
            candidates = candidates.Intersect(Neighbours(graph, with));
        if (query.Kinds.Count > 0)
            candidates = candidates.Where(node => query.Kinds.Contains(graph.NodeKinds[node]));
        var events = (await store.GetNodesAsync(candidates.Select(node => graph.NodeIds[node]).ToHashSet(), cancellationToken))
            .Where(node => node.Date is { } date && (query.From is not { } from || (node.EndDate ?? date).End >= from.Start) && (query.To is not { } to || date.Start <= to.End))
            .OrderBy(node => node.Date!.Value.Start).ThenByDescending(node => node.Date!.Value.End).ThenBy(node => node.Id, StringComparer.Ordinal)
            .Take(query.Limit)
            .ToList();
        // Everything but a participant's role is in the topology: one read fetches the roles of all entries.
        var participantEdges = events.ToDictionary(node => node.Id, node => ParticipantEdges(graph, node.Id));
        var relations = (await store.GetRelationsAsync(participantEdges.Values.SelectMany(edges => edges).Select(edge => graph.EdgeIds[edge]).ToHashSet(), cancellationToken))
            .ToDictionary(relation => relation.Id);
        var entries = events.Select(node => Entry(graph, node, participantEdges[node.Id], relations)).ToList();
        var interactions = actor >= 0 && with >= 0 ? await InteractionsAsync(graph, actor, with, cancellationToken) : null;
        return new Timeline(entries, interactions);
    }

    /// <summary>The relations between an event and actors, other than what the event is about.</summary>
    private static List<int> ParticipantEdges(GraphTopology graph, string eventId)
    {
        graph.TryGetNode(eventId, out var index);
        return [.. graph.Edges(index, Direction.Both)
            .Where(edge => Vocabulary.CategoryOf(graph.NodeKinds[edge.Other]) == NodeCategory.Actor && !AboutTypes.Contains(graph.TypeNames[graph.EdgeType[edge.Edge]]))
            .Select(edge => edge.Edge)];
    }

    private static TimelineEntry Entry(GraphTopology graph, Node node, List<int> participantEdges, Dictionary<string, Relation> relations)
    {
        graph.TryGetNode(node.Id, out var index);
        var edges = graph.Edges(index, Direction.Both).ToList();
        return new TimelineEntry(
            node,
            [.. participantEdges.Select(edge => relations[graph.EdgeIds[edge]])
                .Select(relation => new Participation(Reference(graph, relation.From == node.Id ? relation.To : relation.From), relation.Type, relation.Role, relation.Stance))
                .OrderBy(participation => participation.Actor.Id, StringComparer.Ordinal)],
            [.. edges.Where(edge => graph.EdgeTo[edge.Edge] == index && graph.TypeNames[graph.EdgeType[edge.Edge]] == "PART_OF" && graph.NodeKinds[edge.Other] == "Statement")
                .Select(edge => Reference(graph, edge.Other)).OrderBy(reference => reference.Id, StringComparer.Ordinal)],
            [.. edges.Where(edge => graph.EdgeFrom[edge.Edge] == index && AboutTypes.Contains(graph.TypeNames[graph.EdgeType[edge.Edge]]))
                .Select(edge => Reference(graph, edge.Other)).DistinctBy(reference => reference.Id).OrderBy(reference => reference.Id, StringComparer.Ordinal)]);
    }

    private static NodeRef Reference(GraphTopology graph, int node) => new(graph.NodeIds[node], graph.NodeNames[node], graph.NodeKinds[node]);

    private static NodeRef Reference(GraphTopology graph, string id) => graph.TryGetNode(id, out var node) ? Reference(graph, node) : throw new KeyNotFoundException(id);

    private async Task<IReadOnlyList<Relation>> InteractionsAsync(GraphTopology graph, int actor, int with, CancellationToken cancellationToken)
    {
        var ids = graph.Edges(actor, Direction.Both).Where(edge => edge.Other == with).Select(edge => graph.EdgeIds[edge.Edge]).ToHashSet();
        return [.. (await store.GetRelationsAsync(ids, cancellationToken))
            .OrderBy(relation => relation.Date is null)
            .ThenBy(relation => relation.Date?.Start).ThenByDescending(relation => relation.Date?.End)
            .ThenBy(relation => relation.Id, StringComparer.Ordinal)];
    }

    private static HashSet<int> Neighbours(GraphTopology graph, int node) =>
        [.. graph.Edges(node, Direction.Both).Select(edge => edge.Other)];
}
