using FluentValidation;
using GeoGraph.Api.Problems;
using GeoGraph.Api.Validation;
using GeoGraph.Core;
using GeoGraph.Core.Model;

namespace GeoGraph.Api.Nodes;

/// <summary>
/// Checks a node against the vocabulary and the rules of the collection it is sent to: an actor route takes
/// actor kinds only, dates and quotes belong to events and claims, titles and countries to actors.
/// The collection's category arrives in the validation context from the route group.
/// </summary>
public sealed class NodeInputValidator : AbstractValidator<NodeInput>
{
    public NodeInputValidator()
    {
        RuleFor(x => x.Id).Slug();
        RuleFor(x => x.Kind).NotEmpty().Custom((kind, context) =>
        {
            var category = CategoryOf(context);
            if (kind is not null && !(Vocabulary.NodeKinds.TryGetValue(kind, out var kindCategory) && kindCategory == category))
                context.AddFailure($"'kind' must be one of the {category} kinds: {string.Join(", ", Vocabulary.KindsOf(category))}.");
        });
        RuleFor(x => x.Name).NotEmpty().ShortText();
        RuleFor(x => x.Name).Must(name => Slug.From(name!).Length > 0).When(x => x.Id is null && !string.IsNullOrWhiteSpace(x.Name))
            .WithMessage("'name' must contain a letter or digit to make an id from; or give an 'id'.");
        RuleFor(x => x.Aliases).AtMost(RuleExtensions.MaxAliases);
        RuleForEach(x => x.Aliases).NotEmpty().ShortText();
        RuleFor(x => x.Title).ShortText();
        RuleFor(x => x.Country).ShortText();
        RuleFor(x => x.Description).LongText();
        RuleFor(x => x.Quote).LongText();
        RuleFor(x => x.Date).PartialDate();
        RuleFor(x => x.EndDate).PartialDate().NotBefore(x => x.Date, "date");
        RuleFor(x => x.Properties).GraphProperties();
        RuleFor(x => x.Provenance).NotNull().SetValidator(new ProvenanceInputValidator()!);

        When((_, context) => CategoryOf(context) is not (NodeCategory.Event or NodeCategory.Claim), () =>
        {
            RuleFor(x => x.Date).Null().WithMessage("'date' applies to events and claims only.");
            RuleFor(x => x.EndDate).Null().WithMessage("'endDate' applies to events and claims only.");
            RuleFor(x => x.Quote).Null().WithMessage("'quote' applies to events and claims only.");
        });
        When((_, context) => CategoryOf(context) != NodeCategory.Actor, () =>
        {
            RuleFor(x => x.Title).Null().WithMessage("'title' applies to actors only.");
            RuleFor(x => x.Country).Null().WithMessage("'country' applies to actors only.");
        });
    }

    private static NodeCategory CategoryOf<T>(ValidationContext<T> context) =>
        context.RootContextData.TryGetValue(ValidationFilter.CategoryKey, out var category) && category is NodeCategory known
            ? known
            : throw new InvalidOperationException("Node inputs are validated on a route group that names its category.");
}
