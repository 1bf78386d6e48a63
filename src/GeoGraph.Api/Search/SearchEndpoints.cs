using FluentValidation;
using GeoGraph.Api.Problems;
using GeoGraph.Api.Validation;
using GeoGraph.Core.Graph;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GeoGraph.Api.Search;

public static class SearchEndpoints
{
    public static IEndpointRouteBuilder MapSearch(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/search").WithTags("Search").WithValidation()
            .MapGet("/", SearchNodes).WithName(nameof(SearchNodes)).WithSummary("Searches nodes by text")
            .WithDescription("Ranked matches over names, aliases, titles, descriptions and quotes. Case- and accent-insensitive, every word matches as a prefix, and common spelling variants meet (zelenskyy finds Zelensky).");
        return app;
    }

    public static async Task<Ok<SearchResponse>> SearchNodes([AsParameters] SearchQuery query, IGraphStore store, CancellationToken cancellationToken) =>
        TypedResults.Ok(new SearchResponse(query.Q!, await store.SearchAsync(query.Q!, query.LimitValue, cancellationToken)));
}

public sealed record SearchQuery
{
    /// <summary>The text to find.</summary>
    /// <example>zelenskyy</example>
    public string? Q { get; init; }

    /// <summary>How many hits at most, 1 to 200 (default 20).</summary>
    public string? Limit { get; init; }

    public int LimitValue => Limit is null ? 20 : Paging.LimitOf(Limit);
}

public sealed class SearchQueryValidator : AbstractValidator<SearchQuery>
{
    public SearchQueryValidator()
    {
        RuleFor(x => x.Q).NotEmpty().ShortText();
        RuleFor(x => x.Limit).PageSize();
    }
}

public sealed record SearchResponse(string Query, IReadOnlyList<SearchHit> Hits);
