using GeoGraph.Core.Model;

namespace GeoGraph.Core.Storage;

/// <summary>
/// The days a record covers as <c>yyyy-MM-dd</c> texts, which compare as the dates do. A date filter keeps the
/// records whose range overlaps the filter's (<see cref="Between"/>): end on or after its start, start on or before
/// its end. A null end is open.
/// </summary>
public readonly record struct DateRange(string? Start, string? End)
{
    /// <summary>From the start of the node's date to the end of its end date, or else of its date.</summary>
    public static DateRange Of(Node node) => new(node.Date?.StartText, (node.EndDate ?? node.Date)?.EndText);

    /// <summary>The relation's <see cref="Relation.Period"/>; both ends null when it is undated.</summary>
    public static DateRange Of(Relation relation) =>
        relation.Period() is { } period ? new(period.StartText, period.EndText) : default;

    /// <summary>A filter's range: from the start of <paramref name="from"/> to the end of <paramref name="to"/>.</summary>
    public static DateRange Between(PartialDate? from, PartialDate? to) => new(from?.StartText, to?.EndText);
}
