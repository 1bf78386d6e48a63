using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using GeoGraph.Core.Topology;

namespace GeoGraph.Core.Telemetry;

/// <summary>
/// The snapshot version and age gauges of <see cref="GraphTelemetry.Meter"/>: one pair of instruments for the
/// process, reading every snapshot holder that has a snapshot and is not disposed (a service has one).
/// </summary>
internal static class SnapshotGauges
{
    private static readonly ConcurrentDictionary<GraphSnapshots, byte> Live = new();

    static SnapshotGauges()
    {
        GraphTelemetry.Meter.CreateObservableGauge("geograph.snapshot.version", () => Live.Keys.Select(live => new Measurement<long>(live.Version)),
            "{version}", "Version of the graph snapshot queries read; it grows with every write");
        GraphTelemetry.Meter.CreateObservableGauge("geograph.snapshot.age", () => Live.Keys.Select(live => new Measurement<double>(live.SecondsSinceRead)),
            "s", "Seconds since the graph snapshot's last full read of the store");
    }

    public static void Track(GraphSnapshots snapshots) => Live.TryAdd(snapshots, 0);

    public static void Forget(GraphSnapshots snapshots) => Live.TryRemove(snapshots, out _);
}
