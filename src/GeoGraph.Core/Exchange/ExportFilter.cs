using GeoGraph.Core.Model;
using GeoGraph.Core.Storage;

namespace GeoGraph.Core.Exchange;

/// <summary>
/// Which records an export keeps. Every bound left out keeps everything. The date range keeps dated records whose
/// period overlaps it and every undated one (actors, places, lasting relations without validity), so a range never
/// cuts the graph's standing nodes away. A relation is kept only when both its ends are (<see cref="ExportGraph"/>).
/// </summary>
public sealed record ExportFilter
{
    /// <summary>Only this source, and the nodes and relations it supports.</summary>
    public string? Source { get; init; }

    public IReadOnlyCollection<string> Kinds { get; init; } = [];

    public IReadOnlyCollection<string> Types { get; init; } = [];

    public PartialDate? From { get; init; }

    public PartialDate? To { get; init; }

    /// <summary>Whether some nodes may be left out, so relations must be checked against their ends.</summary>
    public bool FiltersNodes => Source is not null || Kinds.Count > 0 || From is not null || To is not null;

    public bool Keeps(Source source) => Source is null || source.Id == Source;

    public bool Keeps(Node node) =>
        (Source is null || node.Provenance.Source == Source) && (Kinds.Count == 0 || Kinds.Contains(node.Kind)) && InRange(DateRange.Of(node));

    public bool Keeps(Relation relation) =>
        (Source is null || relation.Provenance.Source == Source) && (Types.Count == 0 || Types.Contains(relation.Type)) && InRange(DateRange.Of(relation));

    private bool InRange(DateRange dates)
    {
        if (dates.Start is null && dates.End is null)
            return true;
        var range = DateRange.Between(From, To);
        return (range.Start is null || string.CompareOrdinal(dates.End ?? "9999-12-31", range.Start) >= 0)
            && (range.End is null || string.CompareOrdinal(dates.Start ?? "0001-01-01", range.End) <= 0);
    }
}
