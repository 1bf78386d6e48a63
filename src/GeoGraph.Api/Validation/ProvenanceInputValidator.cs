using FluentValidation;
using GeoGraph.Api.Nodes;

namespace GeoGraph.Api.Validation;

public sealed class ProvenanceInputValidator : AbstractValidator<ProvenanceInput>
{
    public ProvenanceInputValidator()
    {
        RuleFor(x => x.Source).NotEmpty().Slug();
        RuleFor(x => x.Passage).NotEmpty().LongText();
    }
}
