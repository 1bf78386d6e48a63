using System.Text.Json;
using GeoGraph.Api.Nodes;
using GeoGraph.Api.Validation;
using GeoGraph.Core;
using GeoGraph.Core.Model;

namespace GeoGraph.Api.Relations;

/// <summary>A relation as clients send it. Validated by <see cref="RelationInputValidator"/>.</summary>
public sealed record RelationInput : IProvenancedInput
{
    /// <summary>Slug id. Optional: made from from, type and to when left out.</summary>
    /// <example>kiel-institute-criticized-donald-trump</example>
    public string? Id { get; init; }

    /// <summary>A relation type of the vocabulary (see <c>GET /api/vocabulary</c>).</summary>
    /// <example>CRITICIZED</example>
    public string? Type { get; init; }

    /// <summary>Id of the node the relation starts at.</summary>
    /// <example>kiel-institute</example>
    public string? From { get; init; }

    /// <summary>Id of the node the relation points to.</summary>
    /// <example>donald-trump</example>
    public string? To { get; init; }

    /// <summary>When it happened: YYYY, YYYY-MM or YYYY-MM-DD.</summary>
    /// <example>2025-03</example>
    public string? Date { get; init; }

    /// <summary>Start of validity, for lasting relations.</summary>
    public string? ValidFrom { get; init; }

    /// <summary>End of validity, not before validFrom.</summary>
    public string? ValidTo { get; init; }

    /// <summary>cooperative, neutral or hostile.</summary>
    /// <example>hostile</example>
    public string? Stance { get; init; }

    /// <summary>The role of the start node in the relation.</summary>
    public string? Role { get; init; }

    /// <summary>Structured properties: strings, numbers, booleans or arrays of one of them.</summary>
    public IReadOnlyDictionary<string, JsonElement>? Properties { get; init; }

    public ProvenanceInput? Provenance { get; init; }

    /// <summary>The relation to store; call only once the input is valid.</summary>
    public Relation ToRelation() => new()
    {
        Id = Id ?? Slug.From($"{From} {Type} {To}"),
        Type = Type!,
        From = From!,
        To = To!,
        Date = Date is null ? null : PartialDate.Parse(Date),
        ValidFrom = ValidFrom is null ? null : PartialDate.Parse(ValidFrom),
        ValidTo = ValidTo is null ? null : PartialDate.Parse(ValidTo),
        Stance = Stance is null ? null : Enum.Parse<Stance>(Stance, ignoreCase: true),
        Role = Role,
        Properties = Properties ?? new Dictionary<string, JsonElement>(),
        Provenance = Provenance!.ToProvenance(),
    };
}
