using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using FluentValidation;
using GeoGraph.Api.Validation;
using GeoGraph.Core.Cypher;

namespace GeoGraph.Api.Cypher;

/// <summary>One read-only Cypher statement and its parameters.</summary>
public sealed record CypherRequest
{
    /// <example>MATCH (a:Node {id: $id})-[r]-(b:Node) RETURN type(r) AS relation, b.name AS other ORDER BY relation LIMIT 10</example>
    public string? Query { get; init; }

    /// <summary>Values for the query's $parameters.</summary>
    /// <example>{"id": "volodymyr-zelensky"}</example>
    public IReadOnlyDictionary<string, JsonElement>? Parameters { get; init; }
}

public sealed class CypherRequestValidator : AbstractValidator<CypherRequest>
{
    public const int MaxQueryLength = 20_000;

    public CypherRequestValidator()
    {
        RuleFor(x => x.Query).NotEmpty().MaximumLength(MaxQueryLength).ValidText();
        RuleFor(x => x.Parameters).Must(parameters => parameters!.All(parameter => UnicodeText.IsValid(parameter.Key) && JsonText.IsValid(parameter.Value)))
            .When(x => x.Parameters is not null)
            .WithMessage("'parameters' must hold valid Unicode text only: no lone surrogates, noncharacters or control characters other than tab, line feed and carriage return.");
        RuleFor(x => x.Query).Custom((query, context) =>
        {
            if (CypherReadGuard.WhyRefused(query!) is { } reason)
                context.AddFailure($"'query' is refused: {reason}");
        }).When(x => !string.IsNullOrWhiteSpace(x.Query) && x.Query.Length <= MaxQueryLength);
    }
}

/// <summary>Settings of section <c>Cypher</c>.</summary>
public sealed class CypherOptions
{
    public const string Section = "Cypher";

    /// <summary>Rows returned at most; the response says when more were cut.</summary>
    [Range(1, 100_000)]
    public int MaxRows { get; set; } = 1000;

    /// <summary>How long a query may run before the request gives up.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);
}
