using FluentValidation;
using GeoGraph.Api.Validation;
using GeoGraph.Core;
using GeoGraph.Core.Graph;
using GeoGraph.Core.Model;

namespace GeoGraph.Api.Nodes;

/// <summary>Query string of a node list. Values arrive as text so that bad ones get field errors, not binding failures.</summary>
public sealed record NodeListQuery
{
    /// <summary>Only these kinds (repeat the parameter for several).</summary>
    public string[]? Kind { get; init; }

    /// <summary>Names or aliases containing this text (case- and accent-insensitive).</summary>
    public string? Name { get; init; }

    /// <summary>Only nodes dated on or after this date (YYYY, YYYY-MM or YYYY-MM-DD); precision is respected.</summary>
    public string? From { get; init; }

    /// <summary>Only nodes dated on or before this date.</summary>
    public string? To { get; init; }

    /// <summary>Only nodes with a relation to or from this node (for events: the actors involved).</summary>
    public string? Actor { get; init; }

    /// <summary>Page size, 1 to 200 (default 50).</summary>
    public string? Limit { get; init; }

    /// <summary>The <c>nextCursor</c> of the previous page.</summary>
    public string? Cursor { get; init; }

    public NodeQuery ToQuery(NodeCategory category) => new(category, Paging.LimitOf(Limit))
    {
        Kinds = Kind ?? [],
        Name = Name,
        From = From is null ? null : PartialDate.Parse(From),
        To = To is null ? null : PartialDate.Parse(To),
        InvolvedId = Actor,
        After = Paging.CursorOf(Cursor),
    };
}

public sealed class NodeListQueryValidator : AbstractValidator<NodeListQuery>
{
    public NodeListQueryValidator()
    {
        RuleForEach(x => x.Kind).OneOf(Vocabulary.NodeKinds.Keys, "node kinds");
        RuleFor(x => x.Name).ShortText();
        RuleFor(x => x.From).PartialDate();
        RuleFor(x => x.To).PartialDate().NotBefore(x => x.From, "from");
        RuleFor(x => x.Actor).Slug();
        RuleFor(x => x.Limit).PageSize();
        RuleFor(x => x.Cursor).Cursor();
    }
}
