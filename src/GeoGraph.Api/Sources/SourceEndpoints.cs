using System.Security.Claims;
using FluentValidation;
using GeoGraph.Api.Auth;
using GeoGraph.Api.Http;
using GeoGraph.Api.Problems;
using GeoGraph.Api.Validation;
using GeoGraph.Core;
using GeoGraph.Core.Graph;
using GeoGraph.Core.Keys;
using GeoGraph.Core.Model;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GeoGraph.Api.Sources;

/// <summary>The documents the graph rests on, with what each supports.</summary>
public static class SourceEndpoints
{
    public static IEndpointRouteBuilder MapSources(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/sources").WithTags("Sources").WithValidation();
        group.MapGet("/", ListSources).WithName(nameof(ListSources)).WithSummary("Lists sources with how many nodes and relations each supports")
            .WithDescription("Sorted by id and paged with an opaque cursor.");
        group.MapGet("/{id}", GetSource).WithRecordETag().WithName(nameof(GetSource)).WithSummary("Gets a source with how many nodes and relations it supports")
            .WithDescription("The nodes and relations themselves are paged at /api/sources/{id}/nodes and /api/sources/{id}/relations.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/{id}/nodes", ListSourceNodes).WithName(nameof(ListSourceNodes)).WithSummary("Lists the nodes a source supports")
            .WithDescription("Sorted by id and paged with an opaque cursor.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/{id}/relations", ListSourceRelations).WithName(nameof(ListSourceRelations)).WithSummary("Lists the relations a source supports")
            .WithDescription("Sorted by id and paged with an opaque cursor.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/", CreateSource).WithName(nameof(CreateSource)).RequireAuthorization(ApiKeyScopes.Write).WithSummary("Registers a source that new nodes and relations can cite")
            .ProducesProblem(StatusCodes.Status409Conflict);
        return app;
    }

    public static async Task<Ok<PageResponse<SourceSummary>>> ListSources([AsParameters] PageQuery query, IGraphStore store, CancellationToken cancellationToken) =>
        TypedResults.Ok((await store.ListSourcesAsync(query.LimitValue, query.After, cancellationToken)).ToResponse());

    public static async Task<Results<Ok<SourceSummary>, ProblemHttpResult>> GetSource(string id, IGraphStore store, CancellationToken cancellationToken) =>
        await store.GetSourceAsync(id, cancellationToken) is { } source ? TypedResults.Ok(source) : ApiProblems.NotFound("source", id);

    public static async Task<Results<Ok<PageResponse<Node>>, ProblemHttpResult>> ListSourceNodes(
        string id, [AsParameters] PageQuery query, IGraphStore store, CancellationToken cancellationToken) =>
        await store.ListSourceNodesAsync(id, query.LimitValue, query.After, cancellationToken) is { } page
            ? TypedResults.Ok(page.ToResponse())
            : ApiProblems.NotFound("source", id);

    public static async Task<Results<Ok<PageResponse<Relation>>, ProblemHttpResult>> ListSourceRelations(
        string id, [AsParameters] PageQuery query, IGraphStore store, CancellationToken cancellationToken) =>
        await store.ListSourceRelationsAsync(id, query.LimitValue, query.After, cancellationToken) is { } page
            ? TypedResults.Ok(page.ToResponse())
            : ApiProblems.NotFound("source", id);

    public static async Task<Created<Source>> CreateSource(SourceInput input, ClaimsPrincipal user, IGraphStore store, CancellationToken cancellationToken)
    {
        var source = input.ToSource() with { WrittenBy = user.KeyId() };
        await store.CreateSourceAsync(source, cancellationToken);
        return TypedResults.Created($"/api/sources/{source.Id}", source);
    }
}

public sealed record SourceInput
{
    /// <example>bbc-2025-03-semko-interview</example>
    public string? Id { get; init; }

    /// <example>Interview with the director of the Zavallya graphite quarry</example>
    public string? Title { get; init; }

    /// <summary>YYYY, YYYY-MM or YYYY-MM-DD.</summary>
    /// <example>2025-03</example>
    public string? Published { get; init; }

    /// <example>["BBC"]</example>
    public IReadOnlyList<string>? Outlets { get; init; }

    public string? Description { get; init; }

    public Source ToSource() => new()
    {
        Id = Id!,
        Title = Title!,
        Published = Published is null ? null : PartialDate.Parse(Published),
        Outlets = Outlets ?? [],
        Description = Description,
    };
}

public sealed class SourceInputValidator : AbstractValidator<SourceInput>
{
    public SourceInputValidator()
    {
        RuleFor(x => x.Id).NotEmpty().Slug();
        RuleFor(x => x.Title).NotEmpty().ShortText();
        RuleFor(x => x.Published).PartialDate();
        RuleFor(x => x.Outlets).AtMost(RuleExtensions.MaxOutlets);
        RuleForEach(x => x.Outlets).NotEmpty().ShortText();
        RuleFor(x => x.Description).LongText();
    }
}
