using BenchmarkDotNet.Attributes;
using GeoGraph.Core.Analysis;
using GeoGraph.Core.Graph;
using GeoGraph.Store.Sqlite;

namespace GeoGraph.Benchmarks;

/// <summary>
/// The traversals on generated graphs (ten relations per actor), at the store level. Each call takes the next
/// of 4,096 random actors (pairs for paths), drawn once with a fixed seed. Generation and load happen in the
/// global setup and are not measured; run.sh times the load through the CLI.
/// </summary>
public class GeneratedGraphBenchmarks
{
    private const int Draws = 4096;
    private SqliteGraphStore _store = null!;
    private string? _folder;
    private GraphQueries _queries = null!;
    private string[] _actors = null!;
    private string[] _targets = null!;
    private int _next;

    [Params(10_000, 100_000, 1_000_000)]
    public int Relations { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        (_store, _folder) = Stores.GeneratedAsync(Relations).GetAwaiter().GetResult();
        _queries = new GraphQueries(_store);
        var options = Stores.Options(Relations);
        _actors = Stores.RandomActors(options, Draws, 1);
        _targets = Stores.RandomActors(options, Draws, 2);
    }

    [GlobalCleanup]
    public void Cleanup() => Stores.Release(_store, _folder);

    /// <summary>1-hop neighbourhood, at most 100 neighbours (the API's default cap).</summary>
    [Benchmark]
    public Task<Subgraph?> Neighborhood1() => _queries.NeighborhoodAsync(new(_actors[Next()], 1, Direction.Both, 100));

    /// <summary>2-hop neighbourhood, at most 500 new nodes per hop.</summary>
    [Benchmark]
    public Task<Subgraph?> Neighborhood2Capped500() => _queries.NeighborhoodAsync(new(_actors[Next()], 2, Direction.Both, 500));

    /// <summary>The shortest path between two random actors, up to 6 hops, with its nodes and relations.</summary>
    [Benchmark]
    public Task<IReadOnlyList<GraphPath>?> ShortestPath()
    {
        var i = Next();
        return _queries.PathsAsync(new(_actors[i], _targets[i], 6, Direction.Both, 1));
    }

    private int Next() => _next = (_next + 1) % Draws;
}
