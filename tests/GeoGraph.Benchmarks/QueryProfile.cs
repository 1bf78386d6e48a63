using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using GeoGraph.Core;
using GeoGraph.Core.Analysis;
using GeoGraph.Core.Graph;
using GeoGraph.Core.Topology;
using GeoGraph.Store.Sqlite;
using GeoGraph.Synthetic;

namespace GeoGraph.Benchmarks;

/// <summary>
/// Where the time of a graph query goes, on a generated store: topology build, the in-memory traversal, the
/// SQLite reads of the records a result shows, and JSON serialisation (with the service's JSON settings).
/// Stopwatch around each phase, single-threaded; medians and 95th percentiles over random actors.
/// </summary>
internal static class QueryProfile
{
    public static async Task<int> RunAsync(string[] args)
    {
        var db = Argument(args, "--db");
        var actors = Argument(args, "--actors");
        var samples = int.Parse(Argument(args, "--samples") ?? "400", CultureInfo.InvariantCulture);
        if (db is null || actors is null || !File.Exists(db))
        {
            await Console.Error.WriteLineAsync("usage: profile --db FILE --actors N [--samples 400]   (a store made by the CLI's generate)");
            return 2;
        }
        var options = new SyntheticGraphOptions { Actors = int.Parse(actors, CultureInfo.InvariantCulture), Relations = int.MaxValue };
        var json = GraphJson.Configure(new JsonSerializerOptions(JsonSerializerDefaults.Web));

        var before = GC.GetTotalMemory(forceFullCollection: true);
        using var store = new SqliteGraphStore(new SqliteStoreOptions { Path = db });
        var clock = Stopwatch.StartNew();
        var graph = await store.GetSnapshotAsync();
        var build = clock.Elapsed;
        var after = GC.GetTotalMemory(forceFullCollection: true);
        using (var process = Process.GetCurrentProcess())
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{db}: {graph.NodeCount:N0} nodes, {graph.EdgeCount:N0} edges; topology built in {build.TotalSeconds:F2} s, holds {(after - before) / 1048576.0:F0} MiB of managed heap; process working set {process.WorkingSet64 / 1048576.0:F0} MiB"));
        }
        var degrees = graph.Nodes().Select(graph.Degree).Order().ToArray();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"degree: median {degrees[degrees.Length / 2]}, p99 {degrees[(int)(degrees.Length * 0.99)]}, max {degrees[^1]}; nodes of degree > 1000: {degrees.Count(degree => degree > 1000)}"));

        var random = new Random(7);
        var ids = Enumerable.Range(0, samples).Select(_ => SyntheticGraph.ActorId(random.Next(options.RandomActors))).ToArray();
        var targets = Enumerable.Range(0, samples).Select(_ => SyntheticGraph.ActorId(random.Next(options.RandomActors))).ToArray();
        var queries = new GraphQueries(store);

        foreach (var (name, depth, limit) in new[] { ("neighborhood depth 1, cap 100", 1, 100), ("neighborhood depth 2, cap 500", 2, 500) })
        {
            var explore = new List<double>();
            var serialise = new List<double>();
            var sizes = new List<double>();
            var nodes = new List<double>();
            foreach (var id in ids)
            {
                var start = Stopwatch.GetTimestamp();
                var elements = Neighborhood.Explore(graph, new NeighborhoodQuery(id, depth, Direction.Both, limit))!;
                explore.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                start = Stopwatch.GetTimestamp();
                var bytes = JsonSerializer.SerializeToUtf8Bytes(elements, json);
                serialise.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                sizes.Add(bytes.Length);
                nodes.Add(elements.Nodes.Count);
            }
            Print(name, ("traversal (Neighborhood.Explore)", explore), ("JSON serialisation", serialise));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    result: median {Median(nodes):F0} nodes, {Median(sizes) / 1024:F1} KiB of JSON (p95 {Percentile(sizes, 0.95) / 1024:F1} KiB)"));
        }

        var search = new List<double>();
        var fetch = new List<double>();
        var whole = new List<double>();
        var serialisePaths = new List<double>();
        var hops = new List<int>();
        for (var i = 0; i < samples; i++)
        {
            if (ids[i] == targets[i])
                continue;
            graph.TryGetNode(ids[i], out var from);
            graph.TryGetNode(targets[i], out var to);
            var query = new PathQuery(ids[i], targets[i], 6, Direction.Both, 1);
            var start = Stopwatch.GetTimestamp();
            var found = PathFinder.KShortest(graph, from, to, query);
            search.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            start = Stopwatch.GetTimestamp();
            await store.GetNodesAsync(found.SelectMany(path => path.Nodes).Select(graph.NodeId).ToHashSet());
            await store.GetRelationsAsync(found.SelectMany(path => path.Edges).Select(graph.EdgeId).ToHashSet());
            fetch.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            start = Stopwatch.GetTimestamp();
            var paths = await queries.PathsAsync(query);
            whole.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            start = Stopwatch.GetTimestamp();
            JsonSerializer.SerializeToUtf8Bytes(paths, json);
            serialisePaths.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            hops.Add(found.Count == 0 ? -1 : found[0].Hops);
        }
        Print("shortest path, up to 6 hops", ("search (PathFinder, bidirectional BFS)", search), ("SQLite reads of the path's nodes and relations", fetch),
            ("whole GraphQueries.PathsAsync", whole), ("JSON serialisation", serialisePaths));
        Console.WriteLine("    hops: " + string.Join(", ", hops.CountBy(hop => hop).OrderBy(pair => pair.Key)
            .Select(pair => (pair.Key < 0 ? "none" : pair.Key.ToString(CultureInfo.InvariantCulture)) + ": " + pair.Value.ToString(CultureInfo.InvariantCulture))));

        var balls = new List<int>[4];
        for (var r = 0; r < balls.Length; r++)
            balls[r] = [];
        foreach (var id in ids.Take(50))
        {
            graph.TryGetNode(id, out var node);
            var sizes = BallSizes(graph, node, 3);
            for (var r = 0; r < sizes.Length; r++)
                balls[r].Add(sizes[r]);
        }
        Console.WriteLine("    nodes within r hops of a random actor (median of 50): " + string.Join(", ",
            Enumerable.Range(1, 3).Select(r => string.Create(CultureInfo.InvariantCulture, $"r={r}: {Median(balls[r].Select(size => (double)size).ToList()):N0}"))));
        return 0;
    }

    private static int[] BallSizes(GraphSnapshot graph, int start, int radius)
    {
        var seen = new HashSet<int> { start };
        var frontier = new List<int> { start };
        var sizes = new int[radius + 1];
        sizes[0] = 1;
        for (var r = 1; r <= radius; r++)
        {
            var next = new List<int>();
            foreach (var node in frontier)
            {
                foreach (var (_, other) in graph.Edges(node, Direction.Both))
                {
                    if (seen.Add(other))
                        next.Add(other);
                }
            }
            frontier = next;
            sizes[r] = seen.Count;
        }
        return sizes;
    }

    private static void Print(string name, params (string Phase, List<double> Millis)[] phases)
    {
        Console.WriteLine(name);
        foreach (var (phase, millis) in phases)
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    {phase}: median {Median(millis):F3} ms, p95 {Percentile(millis, 0.95):F3} ms, max {millis.Max():F1} ms"));
    }

    private static double Median(List<double> values) => Percentile(values, 0.5);

    private static double Percentile(List<double> values, double p)
    {
        var sorted = values.Order().ToArray();
        return sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
    }

    private static string? Argument(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}
