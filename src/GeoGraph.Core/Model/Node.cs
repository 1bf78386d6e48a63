using System.Collections.ObjectModel;
using System.Text.Json;

namespace GeoGraph.Core.Model;

/// <summary>A node of the graph: an actor, event, claim, resource or place.</summary>
public sealed record Node
{
    /// <summary>Stable, readable, globally unique slug, e.g. <c>volodymyr-zelensky</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The node kind from the vocabulary, e.g. <c>Person</c> or <c>Meeting</c>.</summary>
    public required string Kind { get; init; }

    /// <summary>The category the kind belongs to.</summary>
    public NodeCategory Category => Vocabulary.CategoryOf(Kind);

    public required string Name { get; init; }

    /// <summary>Alternative names and spellings (Zelenskyy, Zelenskiy).</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>Actors: title or role, as the source gives it.</summary>
    public string? Title { get; init; }

    /// <summary>Actors: the country they belong to.</summary>
    public string? Country { get; init; }

    public string? Description { get; init; }

    /// <summary>Events and claims: when, at the precision the source gives (<c>2025</c>, <c>2025-02</c>, <c>2025-03-31</c>).</summary>
    public PartialDate? Date { get; init; }

    public PartialDate? EndDate { get; init; }

    /// <summary>Statements and claims: the exact words said.</summary>
    public string? Quote { get; init; }

    /// <summary>Kind-specific structured properties (deal terms, figures): scalars or arrays of scalars.</summary>
    public IReadOnlyDictionary<string, JsonElement> Properties { get; init; } = ReadOnlyDictionary<string, JsonElement>.Empty;

    public required Provenance Provenance { get; init; }

    /// <summary>The id of the API key that last wrote the record (<c>admin</c> for the admin key); set by the service, read-only.</summary>
    public string? WrittenBy { get; init; }
}
