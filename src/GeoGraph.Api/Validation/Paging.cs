using System.Globalization;
using FluentValidation;
using GeoGraph.Core.Graph;

namespace GeoGraph.Api.Validation;

/// <summary>Page size and cursor rules shared by every list.</summary>
public static class Paging
{
    public const int DefaultLimit = 50;

    public const int MaxLimit = 200;

    public static int LimitOf(string? limit) => QueryStringRules.NumberOr(limit, DefaultLimit);

    public static Cursor? CursorOf(string? token) => token is null ? null : Core.Graph.Cursor.TryDecode(token, out var cursor) ? cursor : null;

    public static PageResponse<T> ToResponse<T>(this Page<T> page) => new(page.Items, page.Next?.Encode());

    public static IRuleBuilderOptions<T, string?> PageSize<T>(this IRuleBuilder<T, string?> rule) => rule.WholeNumber(1, MaxLimit);

    public static IRuleBuilderOptions<T, string?> Cursor<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(token => token is null || Core.Graph.Cursor.TryDecode(token, out _))
            .WithMessage("'{PropertyName}' is not a cursor this API handed out; pass the 'nextCursor' of the previous page unchanged.");
}

/// <summary>One page of a list: the items and the cursor of the next page (absent on the last page).</summary>
public sealed record PageResponse<T>(IReadOnlyList<T> Items, string? NextCursor);

/// <summary>The query string of a list with no filters: page size and cursor.</summary>
public sealed record PageQuery
{
    /// <summary>Page size, 1 to 200 (default 50).</summary>
    public string? Limit { get; init; }

    /// <summary>The <c>nextCursor</c> of the previous page.</summary>
    public string? Cursor { get; init; }

    public int LimitValue => Paging.LimitOf(Limit);

    public Cursor? After => Paging.CursorOf(Cursor);
}

public sealed class PageQueryValidator : AbstractValidator<PageQuery>
{
    public PageQueryValidator()
    {
        RuleFor(x => x.Limit).PageSize();
        RuleFor(x => x.Cursor).Cursor();
    }
}
