using GeoGraph.Core.Model;

namespace GeoGraph.Core.Topology;

/// <summary>
/// The compact, immutable part of a snapshot: nodes and edges are integers, adjacency is offset arrays (CSR),
/// ids and names are UTF-8 tables, and each edge's type, date, period and stance are packed into small arrays.
/// Built once at start and again when a snapshot's overlay is merged in.
/// </summary>
internal sealed class GraphBase
{
    public const int NoDay = -1;

    public required IdTable NodeIds { get; init; }

    public required IdTable NodeNames { get; init; }

    public required byte[] NodeKinds { get; init; }

    public required string[] Kinds { get; init; }

    public required IdTable EdgeIds { get; init; }

    public required int[] EdgeFrom { get; init; }

    public required int[] EdgeTo { get; init; }

    public required byte[] EdgeTypes { get; init; }

    public required string[] Types { get; init; }

    /// <summary>Packed by <see cref="PackDate"/>; 0 when undated.</summary>
    public required int[] EdgeDates { get; init; }

    /// <summary>Day numbers; <see cref="NoDay"/> when undated.</summary>
    public required int[] PeriodStarts { get; init; }

    public required int[] PeriodEnds { get; init; }

    /// <summary>The stance plus one; 0 when none.</summary>
    public required byte[] EdgeStances { get; init; }

    public required int[] OutStart { get; init; }

    public required int[] OutEdges { get; init; }

    public required int[] InStart { get; init; }

    public required int[] InEdges { get; init; }

    /// <summary>
    /// Base nodes some overlay has changed (name, kind, removal or edges). Only ever set, never cleared, and shared
    /// by every snapshot on this base: an older snapshot may see a node marked that its own overlay does not
    /// change, and then just takes the slower path that asks its overlay. Untouched nodes skip the overlay.
    /// </summary>
    public required bool[] Touched { get; init; }

    public int NodeCount => NodeKinds.Length;

    public int EdgeCount => EdgeFrom.Length;

    public PartialDate? Date(int edge) => UnpackDate(EdgeDates[edge]);

    public DatePeriod? Period(int edge) => PeriodStarts[edge] == NoDay
        ? null
        : new DatePeriod(DateOnly.FromDayNumber(PeriodStarts[edge]), DateOnly.FromDayNumber(PeriodEnds[edge]));

    public Stance? Stance(int edge) => EdgeStances[edge] == 0 ? null : (Stance)(EdgeStances[edge] - 1);

    public static int PackDate(PartialDate? date) => date is { } value ? ((value.Year * 13 + (value.Month ?? 0)) * 32 + (value.Day ?? 0)) + 1 : 0;

    private static PartialDate? UnpackDate(int packed)
    {
        if (packed == 0)
            return null;
        var value = packed - 1;
        var (day, month, year) = (value % 32, value / 32 % 13, value / 32 / 13);
        return PartialDate.FromParts(year, month == 0 ? null : month, day == 0 ? null : day);
    }
}
