using FluentValidation;
using GeoGraph.Api.Http;
using GeoGraph.Api.Problems;
using GeoGraph.Api.Validation;
using GeoGraph.Core;
using GeoGraph.Core.Graph;
using GeoGraph.Core.Model;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GeoGraph.Api.Nodes;

/// <summary>Routes over nodes of any category: one node, and a node's relations with the nodes at their other ends.</summary>
public static class NodeEndpoints
{
    public static IEndpointRouteBuilder MapNodes(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/nodes").WithTags("Nodes").WithValidation();
        group.MapGet("/{id}", GetAnyNode).WithRecordETag().WithName(nameof(GetAnyNode)).WithSummary("Gets any node by id, whatever its category")
            .WithDescription("404 when no node has the id.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/{id}/relations", GetNodeRelations).WithName(nameof(GetNodeRelations))
            .WithSummary("Lists a node's relations, each with the node at the other end")
            .WithDescription("direction=out|in|both (default both); type= filters by relation type (repeat for several). Each item carries the relation's provenance. Sorted by relation id (a relation from the node to itself comes once each way, in before out) and paged with an opaque cursor.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    public static async Task<Results<Ok<Node>, ProblemHttpResult>> GetAnyNode(string id, IGraphStore store, CancellationToken cancellationToken) =>
        await store.GetNodeAsync(id, cancellationToken) is { } node ? TypedResults.Ok(node) : ApiProblems.NotFound("node", id);

    public static async Task<Results<Ok<PageResponse<NodeRelation>>, ProblemHttpResult>> GetNodeRelations(
        string id, [AsParameters] NodeRelationsQuery query, IGraphStore store, CancellationToken cancellationToken) =>
        await store.GetNodeRelationsAsync(query.ToQuery(id), cancellationToken) is { } page
            ? TypedResults.Ok(page.ToResponse())
            : ApiProblems.NotFound("node", id);
}

public sealed record NodeRelationsQuery
{
    /// <summary>out, in or both (default).</summary>
    public string? Direction { get; init; }

    /// <summary>Only these relation types (repeat the parameter for several).</summary>
    public string[]? Type { get; init; }

    /// <summary>Page size, 1 to 200 (default 50).</summary>
    public string? Limit { get; init; }

    /// <summary>The <c>nextCursor</c> of the previous page.</summary>
    public string? Cursor { get; init; }

    public NodeRelationQuery ToQuery(string id) =>
        new(id, QueryStringRules.DirectionOr(Direction, Core.Graph.Direction.Both), Paging.LimitOf(Limit))
        {
            Types = Type ?? [],
            After = Paging.CursorOf(Cursor),
        };
}

public sealed class NodeRelationsQueryValidator : AbstractValidator<NodeRelationsQuery>
{
    public NodeRelationsQueryValidator()
    {
        RuleFor(x => x.Direction).Direction();
        RuleForEach(x => x.Type).OneOf(Vocabulary.RelationTypes.Keys, "relation types");
        RuleFor(x => x.Limit).PageSize();
        RuleFor(x => x.Cursor).Cursor();
    }
}
