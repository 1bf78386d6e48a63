using FluentValidation;
using GeoGraph.Api.Validation;
using GeoGraph.Core;
using GeoGraph.Core.Graph;
using GeoGraph.Core.Model;

namespace GeoGraph.Api.Relations;

/// <summary>Query string of the relation list.</summary>
public sealed record RelationListQuery
{
    /// <summary>Only these relation types (repeat the parameter for several).</summary>
    public string[]? Type { get; init; }

    /// <summary>Only relations starting at this node.</summary>
    public string? From { get; init; }

    /// <summary>Only relations pointing to this node.</summary>
    public string? To { get; init; }

    /// <summary>Only relations dated (or valid) on or after this date.</summary>
    public string? DateFrom { get; init; }

    /// <summary>Only relations dated (or valid) on or before this date.</summary>
    public string? DateTo { get; init; }

    /// <summary>Page size, 1 to 200 (default 50).</summary>
    public string? Limit { get; init; }

    /// <summary>The <c>nextCursor</c> of the previous page.</summary>
    public string? Cursor { get; init; }

    public RelationQuery ToQuery() => new(Paging.LimitOf(Limit))
    {
        Types = Type ?? [],
        From = From,
        To = To,
        DateFrom = DateFrom is null ? null : PartialDate.Parse(DateFrom),
        DateTo = DateTo is null ? null : PartialDate.Parse(DateTo),
        After = Paging.CursorOf(Cursor),
    };
}

public sealed class RelationListQueryValidator : AbstractValidator<RelationListQuery>
{
    public RelationListQueryValidator()
    {
        RuleForEach(x => x.Type).OneOf(Vocabulary.RelationTypes.Keys, "relation types");
        RuleFor(x => x.From).Slug();
        RuleFor(x => x.To).Slug();
        RuleFor(x => x.DateFrom).PartialDate();
        RuleFor(x => x.DateTo).PartialDate().NotBefore(x => x.DateFrom, "dateFrom");
        RuleFor(x => x.Limit).PageSize();
        RuleFor(x => x.Cursor).Cursor();
    }
}
