using FluentValidation;
using GeoGraph.Api.Validation;
using GeoGraph.Core;
using GeoGraph.Core.Analysis;

namespace GeoGraph.Api.Analysis;

public sealed record PathParameters
{
    /// <summary>Id of the node the paths start at.</summary>
    /// <example>scott-bessent</example>
    public string? From { get; init; }

    /// <summary>Id of the node the paths end at.</summary>
    /// <example>volodymyr-zelensky</example>
    public string? To { get; init; }

    /// <summary>Longest path allowed, 1 to 6 hops (default 4).</summary>
    public string? MaxHops { get; init; }

    /// <summary>How many shortest paths, 1 to 10 (default 1).</summary>
    public string? K { get; init; }

    /// <summary>Only follow relations of these types (repeatable).</summary>
    public string[]? Types { get; init; }

    /// <summary>out (follow relations forwards), in (backwards) or both (default: either way).</summary>
    public string? Direction { get; init; }

    public PathQuery ToQuery() => new(From!, To!, QueryStringRules.NumberOr(MaxHops, 4), QueryStringRules.DirectionOr(Direction, Core.Graph.Direction.Both), QueryStringRules.NumberOr(K, 1)) { Types = Types ?? [] };
}

public sealed class PathParametersValidator : AbstractValidator<PathParameters>
{
    public PathParametersValidator()
    {
        RuleFor(x => x.From).NotEmpty().Slug();
        RuleFor(x => x.To).NotEmpty().Slug().NotEqual(x => x.From).WithMessage("'to' must differ from 'from'.");
        RuleFor(x => x.MaxHops).WholeNumber(1, 6);
        RuleFor(x => x.K).WholeNumber(1, 10);
        RuleForEach(x => x.Types).OneOf(Vocabulary.RelationTypes.Keys, "relation types");
        RuleFor(x => x.Direction).Direction();
    }
}
