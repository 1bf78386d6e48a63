using FluentValidation;
using GeoGraph.Api.Problems;
using GeoGraph.Api.Validation;
using GeoGraph.Core.Graph;
using GeoGraph.Core.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GeoGraph.Api.Search;

public static class SearchEndpoints
{
    public static IEndpointRouteBuilder MapSearch(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/search").WithTags("Search").WithValidation()
            .MapGet("/", SearchNodes).WithName(nameof(SearchNodes)).WithSummary("Searches nodes by text")
            .WithDescription("Ranked matches over names, aliases, titles, descriptions and quotes. Case- and accent-insensitive, every word matches as a prefix, and common spelling variants meet (zelenskyy finds Zelensky). Sorted by rank (exact name matches first, then score), then id; paged with an opaque cursor that holds the position, up to the first 1,000 results.");
        return app;
    }

    public static async Task<Ok<SearchResponse>> SearchNodes([AsParameters] SearchQuery query, IGraphStore store, CancellationToken cancellationToken)
    {
        var page = await store.SearchAsync(query.Q!, query.LimitValue, query.OffsetValue, cancellationToken);
        return TypedResults.Ok(new SearchResponse(query.Q!, page.Items, page.Next?.Encode()));
    }
}

public sealed record SearchQuery
{
    /// <summary>The text to find.</summary>
    /// <example>zelenskyy</example>
    public string? Q { get; init; }

    /// <summary>Page size, 1 to 200 (default 50).</summary>
    public string? Limit { get; init; }

    /// <summary>The <c>nextCursor</c> of the previous page.</summary>
    public string? Cursor { get; init; }

    public int LimitValue => Paging.LimitOf(Limit);

    public int OffsetValue => Core.Graph.Cursor.TryDecode(Cursor, out var cursor) && Pages.TryOffset(cursor, out var offset) ? offset : 0;
}

public sealed class SearchQueryValidator : AbstractValidator<SearchQuery>
{
    public SearchQueryValidator()
    {
        RuleFor(x => x.Q).NotEmpty().ShortText();
        RuleFor(x => x.Limit).PageSize();
        RuleFor(x => x.Cursor)
            .Must(token => token is null || (Core.Graph.Cursor.TryDecode(token, out var cursor) && Pages.TryOffset(cursor, out _)))
            .WithMessage("'{PropertyName}' is not a cursor this API handed out; pass the 'nextCursor' of the previous page unchanged.");
    }
}

/// <summary>One page of hits and the cursor of the next page (absent on the last page, and past the first 1,000 results).</summary>
public sealed record SearchResponse(string Query, IReadOnlyList<SearchHit> Hits, string? NextCursor);
