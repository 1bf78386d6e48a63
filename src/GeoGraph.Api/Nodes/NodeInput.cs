using System.Text.Json;
using GeoGraph.Api.Validation;
using GeoGraph.Core;
using GeoGraph.Core.Model;

namespace GeoGraph.Api.Nodes;

/// <summary>A node as clients send it to create or replace one. Validated by <see cref="NodeInputValidator"/>.</summary>
public sealed record NodeInput : IProvenancedInput
{
    /// <summary>Slug id. Optional on create: made from the name when left out.</summary>
    /// <example>kyiv-school-of-economics</example>
    public string? Id { get; init; }

    /// <summary>A node kind of this collection's category (see <c>GET /api/vocabulary</c>).</summary>
    /// <example>ThinkTank</example>
    public string? Kind { get; init; }

    /// <example>Kyiv School of Economics</example>
    public string? Name { get; init; }

    /// <example>["KSE"]</example>
    public IReadOnlyList<string>? Aliases { get; init; }

    /// <summary>Actors only: title or role.</summary>
    public string? Title { get; init; }

    /// <summary>Actors only: country.</summary>
    /// <example>Ukraine</example>
    public string? Country { get; init; }

    /// <example>Economics school and think tank in Kyiv.</example>
    public string? Description { get; init; }

    /// <summary>Events and claims only: YYYY, YYYY-MM or YYYY-MM-DD.</summary>
    public string? Date { get; init; }

    /// <summary>Events and claims only: YYYY, YYYY-MM or YYYY-MM-DD, not before <c>date</c>.</summary>
    public string? EndDate { get; init; }

    /// <summary>Events and claims only: the exact words said.</summary>
    public string? Quote { get; init; }

    /// <summary>Structured properties: strings, numbers, booleans or arrays of one of them.</summary>
    public IReadOnlyDictionary<string, JsonElement>? Properties { get; init; }

    public ProvenanceInput? Provenance { get; init; }

    /// <summary>The node to store; call only once the input is valid.</summary>
    /// <summary>The input that stores <paramref name="node"/> as it is: the inverse of <see cref="ToNode"/>.</summary>
    public static NodeInput Of(Node node) => new()
    {
        Id = node.Id,
        Kind = node.Kind,
        Name = node.Name,
        Aliases = node.Aliases,
        Title = node.Title,
        Country = node.Country,
        Description = node.Description,
        Date = node.Date?.ToString(),
        EndDate = node.EndDate?.ToString(),
        Quote = node.Quote,
        Properties = node.Properties,
        Provenance = new ProvenanceInput { Source = node.Provenance.Source, Passage = node.Provenance.Passage },
    };

    public Node ToNode(string? routeId = null) => new()
    {
        Id = routeId ?? Id ?? Slug.From(Name!),
        Kind = Kind!,
        Name = Name!.Trim(),
        Aliases = Aliases ?? [],
        Title = Title,
        Country = Country,
        Description = Description,
        Date = Date is null ? null : PartialDate.Parse(Date),
        EndDate = EndDate is null ? null : PartialDate.Parse(EndDate),
        Quote = Quote,
        Properties = Properties ?? new Dictionary<string, JsonElement>(),
        Provenance = Provenance!.ToProvenance(),
    };
}

/// <summary>Where the data comes from: a source id and the short passage it rests on.</summary>
public sealed record ProvenanceInput
{
    /// <example>article-2025-04-01-minerals-deal</example>
    public string? Source { get; init; }

    /// <example>the Kiel Institute, a German think tank</example>
    public string? Passage { get; init; }

    public Provenance ToProvenance() => new(Source!, Passage!);
}
