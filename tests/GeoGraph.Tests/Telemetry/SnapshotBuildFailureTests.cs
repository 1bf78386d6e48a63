using GeoGraph.Core.Graph;
using GeoGraph.Core.Telemetry;
using GeoGraph.Core.Topology;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace GeoGraph.Tests.Telemetry;

/// <summary>A background snapshot build that fails is logged as an error and counted; the previous snapshot goes on serving.</summary>
public class SnapshotBuildFailureTests
{
    [Fact]
    public async Task AFailedBackgroundBuildIsLoggedAndCounted()
    {
        var builds = 0;
        var logger = new FakeLogger<GraphSnapshots>();
        using var failures = new MetricCollector<long>(GraphTelemetry.SnapshotBuildFailures);
        using var snapshots = new GraphSnapshots(
            _ => Interlocked.Increment(ref builds) == 1 ? Task.FromResult(new GraphSnapshotBuilder().Build()) : throw new StoreUnavailableException("The store went away."),
            new GraphSnapshotOptions(), TimeProvider.System, logger);
        var first = await snapshots.CurrentAsync();

        snapshots.Reload();
        await snapshots.IdleAsync();

        Assert.Equal(2, builds);
        Assert.Same(first, await snapshots.CurrentAsync());
        var record = logger.LatestRecord;
        Assert.Equal(LogLevel.Error, record.Level);
        Assert.IsType<StoreUnavailableException>(record.Exception);
        Assert.Contains(failures.GetMeasurementSnapshot(), measurement => measurement.Value == 1 && measurement.Tags["kind"] is "full");
    }
}
