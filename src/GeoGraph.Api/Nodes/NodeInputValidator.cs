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
public sealed class NodeInputValidator : ProvenancedInputValidator<NodeInput>
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
        RuleForProvenance();

        RuleFor(x => x.Date).Null().WithMessage("'date' applies to events and claims only.").When(Undated);
        RuleFor(x => x.EndDate).Null().WithMessage("'endDate' applies to events and claims only.").When(Undated);
        RuleFor(x => x.Quote).Null().WithMessage("'quote' applies to events and claims only.").When(Undated);
        RuleFor(x => x.Title).Null().WithMessage("'title' applies to actors only.").When(NotActor);
        RuleFor(x => x.Country).Null().WithMessage("'country' applies to actors only.").When(NotActor);
    }

    // Conditions on each rule rather than When blocks: a block caches its answer per input in a dictionary, which
    // hashes the whole input record every time: a quarter of a node's validation.
    private static bool Undated(NodeInput _, ValidationContext<NodeInput> context) => CategoryOf(context) is not (NodeCategory.Event or NodeCategory.Claim);

    private static bool NotActor(NodeInput _, ValidationContext<NodeInput> context) => CategoryOf(context) != NodeCategory.Actor;

    private static NodeCategory CategoryOf<T>(ValidationContext<T> context) =>
        context.RootContextData.TryGetValue(ValidationFilter.CategoryKey, out var category) && category is NodeCategory known
            ? known
            : throw new InvalidOperationException("Node inputs are validated on a route group that names its category.");
}
