using System.Diagnostics;
using System.Globalization;
using GeoGraph.Core.Seed;
using GeoGraph.Store.Sqlite;
using GeoGraph.Synthetic;

namespace GeoGraph.Benchmarks;

/// <summary>Embedded stores for the benchmarks: the seed, or a generated graph (reused from disk when run.sh made it).</summary>
internal static class Stores
{
    /// <summary>Folder where run.sh leaves <c>graph-{relations}.db</c>; generated graphs are reused from there.</summary>
    public const string DatabaseFolderVariable = "GEOGRAPH_BENCH_DBS";

    /// <summary>Actors for a generated graph of this many relations: ten relations per actor, as in the 100k/1M target.</summary>
    public static SyntheticGraphOptions Options(int relations) => new() { Relations = relations, Actors = Math.Max(1_000, relations / 10), Seed = 42 };

    public static string DatabaseName(int relations) => string.Create(CultureInfo.InvariantCulture, $"graph-{relations}.db");

    public static async Task<(SqliteGraphStore Store, string? TempFolder)> SeedAsync()
    {
        var folder = Directory.CreateTempSubdirectory("geograph-bench-").FullName;
        var store = new SqliteGraphStore(new SqliteStoreOptions { Path = Path.Combine(folder, "seed.db") });
        await store.InitializeAsync();
        await store.UpsertAsync(SeedDocument.LoadEmbedded());
        await store.GetSnapshotAsync();
        return (store, folder);
    }

    /// <summary>A store holding the generated graph; built in a temp folder unless run.sh left one behind.</summary>
    public static async Task<(SqliteGraphStore Store, string? TempFolder)> GeneratedAsync(int relations)
    {
        var options = Options(relations);
        var shared = Environment.GetEnvironmentVariable(DatabaseFolderVariable);
        if (!string.IsNullOrEmpty(shared) && File.Exists(Path.Combine(shared, DatabaseName(relations))))
        {
            var existing = new SqliteGraphStore(new SqliteStoreOptions { Path = Path.Combine(shared, DatabaseName(relations)) });
            var topology = await existing.GetSnapshotAsync();
            if (topology.EdgeCount != options.Relations || topology.NodeCount != options.NodeCount)
                throw new InvalidOperationException($"{DatabaseName(relations)} does not hold the graph the benchmarks expect.");
            return (existing, null);
        }
        var folder = Directory.CreateTempSubdirectory("geograph-bench-").FullName;
        var store = new SqliteGraphStore(new SqliteStoreOptions { Path = Path.Combine(folder, DatabaseName(relations)) });
        await store.InitializeAsync();
        var clock = Stopwatch.StartNew();
        foreach (var batch in SyntheticGraph.Generate(options))
            await store.UpsertAsync(batch);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"// generated and loaded {relations:N0} relations in {clock.Elapsed.TotalSeconds:F1} s"));
        await store.GetSnapshotAsync();
        return (store, folder);
    }

    public static void Release(SqliteGraphStore store, string? tempFolder)
    {
        store.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (tempFolder is not null)
            Directory.Delete(tempFolder, recursive: true);
    }

    /// <summary>Random actors of a generated graph, the same on every run.</summary>
    public static string[] RandomActors(SyntheticGraphOptions options, int count, int seed)
    {
        var random = new Random(seed);
        return [.. Enumerable.Range(0, count).Select(_ => SyntheticGraph.ActorId(random.Next(options.RandomActors)))];
    }
}
