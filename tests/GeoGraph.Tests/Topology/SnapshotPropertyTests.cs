using CsCheck;
using GeoGraph.Core.Topology;

namespace GeoGraph.Tests.Topology;

/// <summary>
/// After any sequence of writes, the snapshot kept current change by change reads exactly like a snapshot built
/// from scratch from the same graph; merges of the overlay into a new base change nothing; and a snapshot
/// taken earlier still reads as it did (snapshots are immutable).
/// </summary>
public class SnapshotPropertyTests
{
    private static readonly Gen<GraphOperation> Operation =
        from what in Gen.Int[0, 5]
        from a in Gen.Int[0, 11]
        from b in Gen.Int[0, 11]
        from c in Gen.Int[0, 2]
        from d in Gen.Int[0, 3]
        select GraphOperation.Of(what, a, b, c, d);

    // A graph to start from (built into a base), then writes of one to four operations each.
    private static readonly Gen<(List<GraphOperation> Start, List<List<GraphOperation>> Writes)> History =
        Gen.Select(Operation.List[0, 40], Operation.List[1, 4].List[1, 60]);

    private static GraphModel Start(List<GraphOperation> start)
    {
        var model = new GraphModel();
        model.Apply(GraphModel.Change(start));
        return model;
    }

    [Fact]
    public void AppliedChangesMatchAFreshBuild() =>
        History.Sample((start, writes) =>
        {
            var model = Start(start);
            var snapshot = model.Build();
            foreach (var write in writes)
            {
                var change = GraphModel.Change(write);
                model.Apply(change);
                snapshot = snapshot.With(change);
                Assert.Equal(SnapshotDescription.Of(model.Build()), SnapshotDescription.Of(snapshot));
            }
        }, iter: 400);

    [Fact]
    public void EarlierSnapshotsReadAsTheyDidAfterLaterWrites() =>
        History.Sample((start, writes) =>
        {
            var snapshot = Start(start).Build();
            var earlier = new List<(GraphSnapshot Snapshot, string Description)>();
            foreach (var write in writes)
            {
                snapshot = snapshot.With(GraphModel.Change(write));
                earlier.Add((snapshot, SnapshotDescription.Of(snapshot)));
            }
            Assert.All(earlier, pair => Assert.Equal(pair.Description, SnapshotDescription.Of(pair.Snapshot)));
        }, iter: 200);

    [Fact]
    public Task MergesInTheBackgroundKeepEveryWrite() =>
        Gen.Select(History, Gen.Int[1, 12], Gen.Bool).SampleAsync(async (history, mergeAfter, waitForMerges) =>
        {
            var (start, writes) = history;
            var model = Start(start);
            var initial = model.Build();
            using var snapshots = new GraphSnapshots(_ => Task.FromResult(initial), new GraphSnapshotOptions { MergeAfter = mergeAfter }, TimeProvider.System);
            var previous = await snapshots.CurrentAsync();
            foreach (var write in writes)
            {
                var change = GraphModel.Change(write);
                model.Apply(change);
                snapshots.Apply(change);
                if (waitForMerges)
                    await snapshots.IdleAsync();
                var current = await snapshots.CurrentAsync();
                Assert.True(current.Version > previous.Version);
                Assert.Equal(SnapshotDescription.Of(model.Build()), SnapshotDescription.Of(current));
                previous = current;
            }
            await snapshots.IdleAsync();
            var merged = await snapshots.CurrentAsync();
            Assert.Equal(SnapshotDescription.Of(model.Build()), SnapshotDescription.Of(merged));
        }, iter: 150);
}
