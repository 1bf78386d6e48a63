using FluentValidation;
using GeoGraph.Api.Validation;
using GeoGraph.Core;
using GeoGraph.Core.Model;

namespace GeoGraph.Api.Relations;

public sealed class RelationInputValidator : ProvenancedInputValidator<RelationInput>
{
    public static IReadOnlyList<string> Stances { get; } = [.. Enum.GetNames<Stance>().Select(name => name.ToLowerInvariant())];

    public RelationInputValidator()
    {
        RuleFor(x => x.Id).Slug();
        RuleFor(x => x.Type).NotEmpty().OneOf(Vocabulary.RelationTypes.Keys, "relation types");
        RuleFor(x => x.From).NotEmpty().Slug();
        RuleFor(x => x.To).NotEmpty().Slug().NotEqual(x => x.From).WithMessage("'to' must differ from 'from': a relation joins two nodes.");
        RuleFor(x => x.Date).PartialDate();
        RuleFor(x => x.ValidFrom).PartialDate();
        RuleFor(x => x.ValidTo).PartialDate().NotBefore(x => x.ValidFrom, "validFrom");
        RuleFor(x => x.Stance).OneOf(Stances, "stances");
        RuleFor(x => x.Role).ShortText();
        RuleFor(x => x.Properties).GraphProperties();
        RuleForProvenance();
    }
}
