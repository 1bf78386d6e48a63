using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace GeoGraph.Core.Telemetry;

/// <summary>
/// GeoGraph's own traces and metrics, both named <see cref="Name"/>: what a host exports when it listens to that
/// name (the API does, through OpenTelemetry). Here in Core so stores and snapshots record without knowing the host.
/// </summary>
public static class GraphTelemetry
{
    public const string Name = "GeoGraph";

    public static ActivitySource Source { get; } = new(Name);

    public static Meter Meter { get; } = new(Name);

    /// <summary>How long each store call took, by <c>operation</c> (the port's method) and <c>store</c>.</summary>
    public static Histogram<double> StoreCallDuration { get; } =
        Meter.CreateHistogram<double>("geograph.store.call.duration", "s", "Duration of graph store calls");

    /// <summary>How long a snapshot build took, by <c>kind</c>: <c>full</c> (a read of the store) or <c>merge</c>.</summary>
    public static Histogram<double> SnapshotBuildDuration { get; } =
        Meter.CreateHistogram<double>("geograph.snapshot.build.duration", "s", "Duration of graph snapshot builds");

    /// <summary>Snapshot builds that failed, by <c>kind</c>; the previous snapshot goes on serving.</summary>
    public static Counter<long> SnapshotBuildFailures { get; } =
        Meter.CreateCounter<long>("geograph.snapshot.build.failures", "{build}", "Graph snapshot builds that failed");

    /// <summary>How long an analyst's Cypher query took, by <c>outcome</c>.</summary>
    public static Histogram<double> CypherDuration { get; } =
        Meter.CreateHistogram<double>("geograph.cypher.duration", "s", "Duration of analysts' Cypher queries");

    /// <summary>Rows an analyst's Cypher query returned.</summary>
    public static Histogram<long> CypherRows { get; } =
        Meter.CreateHistogram<long>("geograph.cypher.rows", "{row}", "Rows returned by analysts' Cypher queries");

    /// <summary>Records an analyst's query that started at <paramref name="started"/>, and its rows when it answered.</summary>
    public static void RecordCypher(long started, string outcome, int? rows = null)
    {
        CypherDuration.Record(SecondsSince(started), new KeyValuePair<string, object?>("outcome", outcome));
        if (rows is { } count)
            CypherRows.Record(count);
    }

    /// <summary>Seconds since <paramref name="start"/> (a <see cref="Stopwatch.GetTimestamp"/>).</summary>
    public static double SecondsSince(long start) => Stopwatch.GetElapsedTime(start).TotalSeconds;
}
