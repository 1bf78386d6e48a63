using System.Security.Claims;
using GeoGraph.Api.Auth;
using GeoGraph.Api.Http;
using GeoGraph.Api.Problems;
using GeoGraph.Api.Validation;
using GeoGraph.Core.Graph;
using GeoGraph.Core.Keys;
using GeoGraph.Core.Model;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace GeoGraph.Api.Nodes;

/// <summary>
/// CRUD routes of one node category: <c>/api/actors</c>, <c>/api/events</c>, <c>/api/claims</c>,
/// <c>/api/resources</c> and <c>/api/places</c> all have the same shape, so one mapping serves them all.
/// </summary>
public static class NodeCollectionEndpoints
{
    public static IEndpointRouteBuilder MapNodeCollections(this IEndpointRouteBuilder app)
    {
        foreach (var category in Enum.GetValues<NodeCategory>())
            app.MapNodeCollection(category);
        return app;
    }

    private static void MapNodeCollection(this IEndpointRouteBuilder app, NodeCategory category)
    {
        var one = category.ToString();
        var many = one + "s";
        var group = app.MapGroup($"/api/{many.ToLowerInvariant()}")
            .WithTags(many)
            .WithMetadata(new NodeCategoryMetadata(category))
            .WithValidation();

        group.MapGet("/", ListNodes).WithName($"List{many}")
            .WithSummary($"Lists {many.ToLowerInvariant()}")
            .WithDescription("Filters by kind, name, date range and involved node; sorted stably (events by date, then id; others by id) and paged with an opaque cursor.");
        group.MapGet("/{id}", GetNode).WithRecordETag().WithName($"Get{one}").WithSummary($"Gets {Article(one)} by id")
            .WithDescription($"404 when no {one.ToLowerInvariant()} has the id (a node of another category answers 404 here too).")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/", CreateNode).WithRecordETag().WithName($"Create{one}").RequireAuthorization(ApiKeyScopes.Write).WithSummary($"Creates {Article(one)}")
            .WithDescription("The id is made from the name when left out. 409 when the id is taken; 422 when the provenance names an unknown source.")
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
        group.MapPut("/{id}", ReplaceNode).WithRecordETag().WithName($"Replace{one}").RequireAuthorization(ApiKeyScopes.Write).WithSummary($"Replaces {Article(one)}")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
        group.MapDelete("/{id}", DeleteNode).WithName($"Delete{one}").RequireAuthorization(ApiKeyScopes.Write).WithSummary($"Deletes {Article(one)}")
            .WithDescription("409 while relations touch the node, unless cascade=true removes them with it.")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
    }

    public static async Task<Ok<PageResponse<Node>>> ListNodes(
        [AsParameters] NodeListQuery query, HttpContext http, IGraphStore store, CancellationToken cancellationToken) =>
        TypedResults.Ok((await store.ListNodesAsync(query.ToQuery(CategoryOf(http)), cancellationToken)).ToResponse());

    public static async Task<Results<Ok<Node>, ProblemHttpResult>> GetNode(
        string id, HttpContext http, IGraphStore store, CancellationToken cancellationToken)
    {
        var category = CategoryOf(http);
        return await store.GetNodeAsync(id, cancellationToken) is { } node && node.Category == category
            ? TypedResults.Ok(node)
            : ApiProblems.NotFound(Name(category), id);
    }

    public static async Task<Created<Node>> CreateNode(NodeInput input, ClaimsPrincipal user, IGraphStore store, CancellationToken cancellationToken)
    {
        var node = input.ToNode() with { WrittenBy = user.KeyId() };
        await store.CreateNodeAsync(node, cancellationToken);
        return TypedResults.Created($"/api/{node.Category.ToString().ToLowerInvariant()}s/{node.Id}", node);
    }

    public static async Task<Results<Ok<Node>, ProblemHttpResult, ValidationProblem>> ReplaceNode(
        string id, NodeInput input, [FromHeader(Name = "If-Match")] string? ifMatch, HttpContext http, IGraphStore store,
        CancellationToken cancellationToken)
    {
        if (input.Id is not null && input.Id != id)
            return ApiProblems.Invalid("id", $"The body's id '{input.Id}' differs from the id '{id}' in the route; ids cannot be changed.");
        var node = input.ToNode(id) with { WrittenBy = http.User.KeyId() };
        return await store.ReplaceNodeAsync(node, EntityTags.IfMatchOf(ifMatch), cancellationToken)
            ? TypedResults.Ok(node)
            : ApiProblems.NotFound(Name(CategoryOf(http)), id);
    }

    /// <summary>Deletes a node; <paramref name="cascade"/> also deletes every relation of the node.</summary>
    public static async Task<Results<NoContent, ProblemHttpResult>> DeleteNode(
        string id, [FromHeader(Name = "If-Match")] string? ifMatch, HttpContext http, IGraphStore store, CancellationToken cancellationToken,
        bool cascade = false)
    {
        var category = CategoryOf(http);
        return await store.DeleteNodeAsync(id, category, cascade, EntityTags.IfMatchOf(ifMatch), cancellationToken) switch
        {
            DeleteOutcome.Deleted => TypedResults.NoContent(),
            DeleteOutcome.HasRelations => ApiProblems.Conflict("The node has relations",
                $"The {Name(category)} '{id}' still has relations. Delete them first, or delete with ?cascade=true to remove them too."),
            _ => ApiProblems.NotFound(Name(category), id),
        };
    }

    private static NodeCategory CategoryOf(HttpContext http) =>
        http.GetEndpoint()!.Metadata.GetRequiredMetadata<NodeCategoryMetadata>().Category;

    /// <summary>"an actor", "an event", "a claim": for summaries.</summary>
    private static string Article(string category) => ("aeiou".Contains(char.ToLowerInvariant(category[0])) ? "an " : "a ") + category.ToLowerInvariant();

    private static string Name(NodeCategory category) => category.ToString().ToLowerInvariant();
}
