using System.Diagnostics;

namespace GeoGraph.Benchmarks;

/// <summary>
/// Closed-loop readers: each of <c>connections</c> workers sends a request of the scenario, reads the whole answer and
/// sends the next, until <c>duration</c> is over or <c>maxRequests</c> have been sent in all.
/// </summary>
internal static class ReadLoop
{
    public static async Task<(RouteStats Stats, TimeSpan Elapsed)> RunAsync(
        HttpClient client, string scenario, IReadOnlyList<string> ids, int connections, TimeSpan duration, long maxRequests, int seed)
    {
        using var stop = new CancellationTokenSource(duration);
        var issued = 0L;
        var clock = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, connections).Select(worker => Task.Run(async () =>
        {
            var random = new Random(seed + worker);
            var stats = new RouteStats();
            while (!stop.IsCancellationRequested && Interlocked.Increment(ref issued) <= maxRequests)
            {
                var (route, url) = ReadScenarios.Next(scenario, ids, random);
                stats.Record(route, await LoadClient.GetAsync(client, url), url.ToString());
            }
            return stats;
        })).ToList();
        var all = new RouteStats();
        foreach (var stats in await Task.WhenAll(workers))
            all.Merge(stats);
        return (all, clock.Elapsed);
    }
}
