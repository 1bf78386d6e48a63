using FluentValidation;
using GeoGraph.Api.Validation;
using GeoGraph.Core;
using GeoGraph.Core.Analysis;

namespace GeoGraph.Api.Analysis;

public sealed record CentralityParameters
{
    /// <summary>degree (default), pagerank or betweenness.</summary>
    public string? Measure { get; init; }

    /// <summary>Only rank nodes of this kind (scores are computed on the whole graph).</summary>
    public string? Kind { get; init; }

    /// <summary>How many nodes, 1 to 100 (default 10).</summary>
    public string? Top { get; init; }

    public CentralityMeasure MeasureValue => Measure is null ? CentralityMeasure.Degree : Enum.Parse<CentralityMeasure>(Measure, ignoreCase: true);

    public int TopValue => QueryStringRules.NumberOr(Top, 10);
}

public sealed class CentralityParametersValidator : AbstractValidator<CentralityParameters>
{
    public CentralityParametersValidator()
    {
        RuleFor(x => x.Measure).OneOf(Enum.GetNames<CentralityMeasure>().Select(name => name.ToLowerInvariant()), "measures");
        RuleFor(x => x.Kind).OneOf(Vocabulary.NodeKinds.Keys, "node kinds");
        RuleFor(x => x.Top).WholeNumber(1, 100);
    }
}
