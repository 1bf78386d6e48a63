using FluentValidation;
using GeoGraph.Api.Nodes;
using GeoGraph.Api.Problems;
using GeoGraph.Api.Relations;
using GeoGraph.Api.Sources;
using GeoGraph.Core;
using GeoGraph.Core.Model;

namespace GeoGraph.Api.Import;

/// <summary>
/// Checks each imported record with the validators of the single-record routes, through the same input types, so an
/// import accepts exactly what those routes accept. A node is checked against the category of its own kind.
/// </summary>
public static class RecordValidation
{
    private static readonly NodeInputValidator Nodes = new();
    private static readonly RelationInputValidator Relations = new();
    private static readonly SourceInputValidator Sources = new();

    public static string? Problem(Source source) => Problem(Sources, ToInput(source), null);

    public static string? Problem(Node node) =>
        Vocabulary.NodeKinds.TryGetValue(node.Kind, out var category)
            ? Problem(Nodes, NodeInput.Of(node), category)
            : $"kind: '{node.Kind}' is not a node kind of the vocabulary (see GET /api/vocabulary).";

    public static string? Problem(Relation relation) => Problem(Relations, ToInput(relation), null);

    private static string? Problem<T>(IValidator<T> validator, T input, NodeCategory? category)
    {
        var context = new ValidationContext<T>(input);
        if (category is { } known)
            context.RootContextData[ValidationFilter.CategoryKey] = known;
        var result = validator.Validate(context);
        return result.IsValid
            ? null
            : string.Join(" ", result.Errors.Select(error => $"{ValidationFilter.CamelCasePath(error.PropertyName)}: {error.ErrorMessage}"));
    }

    private static SourceInput ToInput(Source source) => new()
    {
        Id = source.Id,
        Title = source.Title,
        Published = source.Published?.ToString(),
        Outlets = source.Outlets,
        Description = source.Description,
    };

    private static RelationInput ToInput(Relation relation) => new()
    {
        Id = relation.Id,
        Type = relation.Type,
        From = relation.From,
        To = relation.To,
        Date = relation.Date?.ToString(),
        ValidFrom = relation.ValidFrom?.ToString(),
        ValidTo = relation.ValidTo?.ToString(),
        Stance = relation.Stance?.ToString().ToLowerInvariant(),
        Role = relation.Role,
        Properties = relation.Properties,
        Provenance = ToInput(relation.Provenance),
    };

    private static ProvenanceInput ToInput(Provenance provenance) => new() { Source = provenance.Source, Passage = provenance.Passage };
}
