using FluentValidation;
using GeoGraph.Api.Validation;
using GeoGraph.Core;
using GeoGraph.Core.Analysis;
using GeoGraph.Core.Model;

namespace GeoGraph.Api.Analysis;

public sealed record TimelineParameters
{
    /// <summary>Only events this actor (or any node) is related to.</summary>
    /// <example>volodymyr-zelensky</example>
    public string? Actor { get; init; }

    /// <summary>With actor: only events both are related to, plus the relations between the two over time.</summary>
    /// <example>donald-trump</example>
    public string? With { get; init; }

    /// <summary>Only events on or after this date.</summary>
    public string? From { get; init; }

    /// <summary>Only events on or before this date.</summary>
    public string? To { get; init; }

    /// <summary>Only events of these kinds (repeatable).</summary>
    public string[]? Kinds { get; init; }

    /// <summary>At most this many events, 1 to 500 (default 100).</summary>
    public string? Limit { get; init; }

    public TimelineQuery ToQuery() => new(Actor, With, QueryStringRules.NumberOr(Limit, 100))
    {
        From = From is null ? null : PartialDate.Parse(From),
        To = To is null ? null : PartialDate.Parse(To),
        Kinds = Kinds?.ToHashSet() ?? [],
    };
}

public sealed class TimelineParametersValidator : AbstractValidator<TimelineParameters>
{
    public TimelineParametersValidator()
    {
        RuleFor(x => x.Actor).Slug();
        RuleFor(x => x.With).Slug()
            .Must((parameters, with) => with is null || parameters.Actor is not null).WithMessage("'with' needs an 'actor' to pair with.")
            .Must((parameters, with) => with is null || with != parameters.Actor).WithMessage("'with' must differ from 'actor'.");
        RuleFor(x => x.From).PartialDate();
        RuleFor(x => x.To).PartialDate().NotBefore(x => x.From, "from");
        RuleForEach(x => x.Kinds).OneOf(Vocabulary.KindsOf(NodeCategory.Event), "event kinds");
        RuleFor(x => x.Limit).WholeNumber(1, 500);
    }
}
