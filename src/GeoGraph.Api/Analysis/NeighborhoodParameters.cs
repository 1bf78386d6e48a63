using FluentValidation;
using GeoGraph.Api.Validation;
using GeoGraph.Core;
using GeoGraph.Core.Analysis;
using GeoGraph.Core.Model;

namespace GeoGraph.Api.Analysis;

/// <summary>Query string of the neighbourhood query; values arrive as text so bad ones get field errors.</summary>
public sealed record NeighborhoodParameters
{
    /// <summary>Hops from the node, 1 to 3 (default 1).</summary>
    public string? Depth { get; init; }

    /// <summary>Only relations of these types (repeatable).</summary>
    public string[]? Types { get; init; }

    /// <summary>Only neighbours of these kinds (repeatable).</summary>
    public string[]? Kinds { get; init; }

    /// <summary>out, in or both (default).</summary>
    public string? Direction { get; init; }

    /// <summary>Only relations dated on or after this date.</summary>
    public string? From { get; init; }

    /// <summary>Only relations dated on or before this date.</summary>
    public string? To { get; init; }

    /// <summary>At most this many new nodes per hop, 1 to 1000 (default 100); the response says when nodes were cut.</summary>
    public string? Limit { get; init; }

    public NeighborhoodQuery ToQuery(string id) => new(id, QueryStringRules.NumberOr(Depth, 1), QueryStringRules.DirectionOr(Direction, Core.Graph.Direction.Both), QueryStringRules.NumberOr(Limit, 100))
    {
        Types = Types ?? [],
        Kinds = Kinds?.ToHashSet() ?? [],
        From = From is null ? null : PartialDate.Parse(From),
        To = To is null ? null : PartialDate.Parse(To),
    };
}

public sealed class NeighborhoodParametersValidator : AbstractValidator<NeighborhoodParameters>
{
    public NeighborhoodParametersValidator()
    {
        RuleFor(x => x.Depth).WholeNumber(1, 3);
        RuleForEach(x => x.Types).OneOf(Vocabulary.RelationTypes.Keys, "relation types");
        RuleForEach(x => x.Kinds).OneOf(Vocabulary.NodeKinds.Keys, "node kinds");
        RuleFor(x => x.Direction).Direction();
        RuleFor(x => x.From).PartialDate();
        RuleFor(x => x.To).PartialDate().NotBefore(x => x.From, "from");
        RuleFor(x => x.Limit).WholeNumber(1, 1000);
    }
}
