using FluentValidation;
using GeoGraph.Api.Nodes;

namespace GeoGraph.Api.Validation;

/// <summary>A provenance on its own; it also tells the OpenAPI schema that both fields are required.</summary>
public sealed class ProvenanceInputValidator : AbstractValidator<ProvenanceInput>
{
    public ProvenanceInputValidator()
    {
        RuleFor(x => x.Source).ProvenanceSource();
        RuleFor(x => x.Passage).ProvenancePassage();
    }
}
