using GeoGraph.Core.Topology;

namespace GeoGraph.Tests.Topology;

/// <summary>
/// <see cref="GraphSnapshots.Invalidate"/>, which a bulk load calls after its commit: the next reader gets a fresh read
/// of the store, never the result of a build that began before the load committed.
/// </summary>
public sealed class SnapshotInvalidationTests
{
    [Fact]
    public async Task ABuildThatBeganBeforeAnInvalidationIsDroppedAndTheNextReaderGetsAFreshRead()
    {
        var stale = Graph(nodes: 1);
        var fresh = Graph(nodes: 3);
        var loads = 0;
        var staleRead = new TaskCompletionSource<GraphSnapshot>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var snapshots = new GraphSnapshots(
            _ => Interlocked.Increment(ref loads) switch
            {
                1 => Task.FromResult(Graph(nodes: 0)),
                2 => staleRead.Task,
                _ => Task.FromResult(fresh),
            },
            new GraphSnapshotOptions(), TimeProvider.System);
        Assert.Equal(0, (await snapshots.CurrentAsync()).NodeCount);

        // A background build reads the store, and a bulk load commits while it runs.
        snapshots.Reload();
        snapshots.Invalidate();
        var reading = snapshots.CurrentAsync().AsTask();
        staleRead.SetResult(stale);

        Assert.Equal(3, (await reading).NodeCount);
        Assert.Equal(3, loads);
        Assert.Equal(3, (await snapshots.CurrentAsync()).NodeCount);
    }

    [Fact]
    public async Task BeforeTheFirstBuildAnInvalidationReadsNothing()
    {
        var loads = 0;
        using var snapshots = new GraphSnapshots(_ => { Interlocked.Increment(ref loads); return Task.FromResult(Graph(nodes: 2)); },
            new GraphSnapshotOptions(), TimeProvider.System);

        snapshots.Invalidate();

        Assert.Equal(0, loads);
        Assert.Equal(2, (await snapshots.CurrentAsync()).NodeCount);
        Assert.Equal(1, loads);
    }

    private static GraphSnapshot Graph(int nodes)
    {
        var builder = new GraphSnapshotBuilder();
        for (var i = 0; i < nodes; i++)
            builder.AddNode($"node-{i}", $"Node {i}", "Person");
        return builder.Build();
    }
}
