using BenchmarkDotNet.Attributes;
using GeoGraph.Core.Analysis;
using GeoGraph.Core.Graph;
using GeoGraph.Core.Topology;
using GeoGraph.Store.Sqlite;

namespace GeoGraph.Benchmarks;

/// <summary>
/// Every graph query on the seed graph (105 nodes, 229 relations), at the store level: <see cref="GraphQueries"/>
/// over the embedded store, topology already built (as it is after the first query of a running service).
/// Target: each under 1 ms.
/// </summary>
public class SeedQueryBenchmarks
{
    private SqliteGraphStore _store = null!;
    private string? _folder;
    private GraphQueries _queries = null!;
    private GraphSnapshot _snapshot = null!;

    [GlobalSetup]
    public void Setup()
    {
        (_store, _folder) = Stores.SeedAsync().GetAwaiter().GetResult();
        _queries = new GraphQueries(_store);
        _snapshot = _store.GetSnapshotAsync().AsTask().GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Cleanup() => Stores.Release(_store, _folder);

    [Benchmark]
    public Task<Subgraph?> Neighborhood1() => _queries.NeighborhoodAsync(new("volodymyr-zelensky", 1, Direction.Both, 100));

    [Benchmark]
    public Task<Subgraph?> Neighborhood2() => _queries.NeighborhoodAsync(new("volodymyr-zelensky", 2, Direction.Both, 100));

    [Benchmark]
    public Task<IReadOnlyList<GraphPath>?> PathsK1() => _queries.PathsAsync(new("scott-bessent", "volodymyr-zelensky", 4, Direction.Both, 1));

    [Benchmark]
    public Task<IReadOnlyList<GraphPath>?> PathsK3() => _queries.PathsAsync(new("scott-bessent", "volodymyr-zelensky", 4, Direction.Both, 3));

    [Benchmark]
    public Task<Timeline?> TimelineAll() => _queries.TimelineAsync(new(null, null, 100));

    [Benchmark]
    public Task<Timeline?> TimelineActorWith() => _queries.TimelineAsync(new("volodymyr-zelensky", "donald-trump", 100));

    [Benchmark]
    public Task<IReadOnlyList<Dispute>> DisputedClaims() => _queries.DisputedClaimsAsync();

    [Benchmark]
    public Task<IReadOnlyList<DraftEntry>?> DealDrafts() => _queries.DraftLineageAsync("minerals-deal");

    /// <summary>As served: scores cached per topology, so this is ranking and the top-10 cut.</summary>
    [Benchmark]
    public Task<IReadOnlyList<RankedNode>> CentralityDegree() => _queries.CentralityAsync(CentralityMeasure.Degree, null, 10);

    [Benchmark]
    public Task<IReadOnlyList<RankedNode>> CentralityPageRank() => _queries.CentralityAsync(CentralityMeasure.PageRank, null, 10);

    /// <summary>PageRank computed afresh, as the first query after a write does.</summary>
    [Benchmark]
    public CentralityScores PageRankUncached() => Centrality.Compute(_snapshot, CentralityMeasure.PageRank);

    [Benchmark]
    public Task<GraphStats> Stats() => _queries.StatsAsync();
}
