using GeoGraph.Core.Model;

namespace GeoGraph.Core.Graph;

/// <summary>A filter over the nodes of one category. Date bounds match nodes whose date range overlaps them.</summary>
public sealed record NodeQuery(NodeCategory Category, int Limit)
{
    public IReadOnlyCollection<string> Kinds { get; init; } = [];

    /// <summary>Matches names and aliases containing this text, ignoring case and accents.</summary>
    public string? Name { get; init; }

    public PartialDate? From { get; init; }

    public PartialDate? To { get; init; }

    /// <summary>Only nodes with a relation to or from this node.</summary>
    public string? InvolvedId { get; init; }

    public Cursor? After { get; init; }
}

public sealed record RelationQuery(int Limit)
{
    public IReadOnlyCollection<string> Types { get; init; } = [];

    public string? From { get; init; }

    public string? To { get; init; }

    public PartialDate? DateFrom { get; init; }

    public PartialDate? DateTo { get; init; }

    public Cursor? After { get; init; }
}

/// <summary>A node's relations: <see cref="After"/> is a cursor whose sort key is a relation id and id a direction.</summary>
public sealed record NodeRelationQuery(string Id, Direction Direction, int Limit)
{
    public IReadOnlyCollection<string> Types { get; init; } = [];

    public Cursor? After { get; init; }
}

/// <summary>One page of a stably sorted list, with the cursor of the next page when there is one.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, Cursor? Next);

public enum Direction
{
    Out,
    In,
    Both,
}

public enum DeleteOutcome
{
    Deleted,
    NotFound,
    HasRelations,
}

/// <summary>A relation seen from one of its nodes, with the node at the other end.</summary>
public sealed record NodeRelation(Direction Direction, Relation Relation, Node Other);

public sealed record SearchHit(Node Node, double Score);

public sealed record SourceSummary(Source Source, int NodeCount, int RelationCount);


/// <summary>Sources, nodes and relations to load together, as kept in <c>graph-seed/</c>.</summary>
public sealed record GraphDocument
{
    public IReadOnlyList<Source> Sources { get; init; } = [];

    public IReadOnlyList<Node> Nodes { get; init; } = [];

    public IReadOnlyList<Relation> Relations { get; init; } = [];
}
