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

namespace GeoGraph.Api.Relations;

public static class RelationEndpoints
{
    public static IEndpointRouteBuilder MapRelations(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/relations").WithTags("Relations").WithValidation();
        group.MapGet("/", ListRelations).WithName(nameof(ListRelations)).WithSummary("Lists relations")
            .WithDescription("Filters by type, start node, end node and date range; sorted by id and paged with an opaque cursor.");
        group.MapGet("/{id}", GetRelation).WithRecordETag().WithName(nameof(GetRelation)).WithSummary("Gets a relation by id")
            .WithDescription("404 when no relation has the id.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/", CreateRelation).WithRecordETag().WithName(nameof(CreateRelation)).RequireAuthorization(ApiKeyScopes.Write).WithSummary("Creates a relation")
            .WithDescription("The type must be in the vocabulary. 422 when an end node or the source does not exist; 409 when the id is taken.")
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
        group.MapDelete("/{id}", DeleteRelation).WithName(nameof(DeleteRelation)).RequireAuthorization(ApiKeyScopes.Write).WithSummary("Deletes a relation")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    public static async Task<Ok<PageResponse<Relation>>> ListRelations(
        [AsParameters] RelationListQuery query, IGraphStore store, CancellationToken cancellationToken) =>
        TypedResults.Ok((await store.ListRelationsAsync(query.ToQuery(), cancellationToken)).ToResponse());

    public static async Task<Results<Ok<Relation>, ProblemHttpResult>> GetRelation(string id, IGraphStore store, CancellationToken cancellationToken) =>
        await store.GetRelationAsync(id, cancellationToken) is { } relation ? TypedResults.Ok(relation) : ApiProblems.NotFound("relation", id);

    public static async Task<Created<Relation>> CreateRelation(RelationInput input, ClaimsPrincipal user, IGraphStore store, CancellationToken cancellationToken)
    {
        var relation = input.ToRelation() with { WrittenBy = user.KeyId() };
        await store.CreateRelationAsync(relation, cancellationToken);
        return TypedResults.Created($"/api/relations/{relation.Id}", relation);
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> DeleteRelation(
        string id, [FromHeader(Name = "If-Match")] string? ifMatch, IGraphStore store, CancellationToken cancellationToken) =>
        await store.DeleteRelationAsync(id, EntityTags.IfMatchOf(ifMatch), cancellationToken) ? TypedResults.NoContent() : ApiProblems.NotFound("relation", id);
}
