using System.Collections.ObjectModel;
using System.Text.Json;

namespace GeoGraph.Core.Model;

/// <summary>A directed, typed relation between two nodes.</summary>
public sealed record Relation
{
    public required string Id { get; init; }

    /// <summary>Relation type from the vocabulary, in UPPER_SNAKE_CASE.</summary>
    public required string Type { get; init; }

    /// <summary>Id of the node the relation starts at.</summary>
    public required string From { get; init; }

    /// <summary>Id of the node the relation points to.</summary>
    public required string To { get; init; }

    /// <summary>When it happened, at the precision the source gives.</summary>
    public PartialDate? Date { get; init; }

    /// <summary>Start of validity for lasting relations (offices, memberships).</summary>
    public PartialDate? ValidFrom { get; init; }

    public PartialDate? ValidTo { get; init; }

    public Stance? Stance { get; init; }

    /// <summary>The role of the source node in the relation, e.g. <c>host</c>.</summary>
    public string? Role { get; init; }

    public IReadOnlyDictionary<string, JsonElement> Properties { get; init; } = ReadOnlyDictionary<string, JsonElement>.Empty;

    public required Provenance Provenance { get; init; }

    /// <summary>The id of the API key that last wrote the record (<c>admin</c> for the admin key); set by the service, read-only.</summary>
    public string? WrittenBy { get; init; }

    /// <summary>
    /// The days the relation covers: its date, or else its validity, whose open ends stretch to the ends
    /// of the calendar. Null when the relation is undated.
    /// </summary>
    public DatePeriod? Period() =>
        Date is { } date ? new DatePeriod(date.Start, date.End)
        : ValidFrom is null && ValidTo is null ? null
        : new DatePeriod(ValidFrom?.Start ?? DateOnly.MinValue, ValidTo?.End ?? DateOnly.MaxValue);
}

/// <summary>A span of days, both ends included.</summary>
public readonly record struct DatePeriod(DateOnly Start, DateOnly End)
{
    public bool Overlaps(PartialDate? from, PartialDate? to) =>
        (from is not { } low || End >= low.Start) && (to is not { } high || Start <= high.End);

    public string StartText => Start.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public string EndText => End.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
