using System.Diagnostics;
using System.Globalization;

namespace GeoGraph.Benchmarks;

/// <summary>
/// The cost of the first graph query after one write, on an otherwise idle service: <c>--repeats</c> times (at most
/// 1,000, and within <c>--seconds</c>), one write (create a SUPPORTS relation between two random existing actors, or
/// delete the one created the time before), then one timed 1-hop neighbourhood query of a random actor, then a second
/// one with no write between, for reference. One request at a time; only loopback URLs are accepted.
/// </summary>
internal static class AfterWriteLoad
{
    private const string Usage = "--url http://127.0.0.1:5080 [--repeats 50] [--seconds 600] [--actors N] [--seed 1] [--api-key KEY] [--label TEXT] [--out results.md]";

    private const string MarkdownHeader = "| Graph | Repeats | Write median ms | First 1-hop query after a write: median ms | p95 ms | max ms | "
        + "Next 1-hop query (no write between): median ms | Errors |";

    private const string FirstQueryRoute = PacedWriter.ReadAfterWriteRoute;

    private const string NextQueryRoute = "neighborhood1, no write between";

    public static async Task<int> RunAsync(string[] args)
    {
        if (!CommandLine.TryParse("after-write", Usage, args, Settings.Options, Settings.Parse, out var settings))
            return 2;

        using var client = LoadClient.Create(settings.Url, connections: 1);
        var ids = await LoadClient.ActorIdsAsync(client, settings.Actors);
        var source = await GraphWriter.FirstSourceIdAsync(client);
        if (ids.Count < 2 || source is null)
        {
            await Console.Error.WriteLineAsync("after-write: the service needs at least two actors and one source");
            return 1;
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"after-write on {settings.Url}: {settings.Repeats} repeats (at most {settings.Seconds} s), {ids.Count:N0} candidate ids, source {source}"));

        var random = new Random(settings.Seed);
        var writer = new GraphWriter(client, source, settings.ApiKey);
        await LoadClient.GetAsync(client, ReadScenarios.Neighborhood1(ids[0])); // the topology is built before the first write
        var run = Guid.NewGuid().ToString("N")[..8];
        string? created = null;
        var clock = Stopwatch.StartNew();
        var repeats = 0;
        for (; repeats < settings.Repeats && clock.Elapsed.TotalSeconds < settings.Seconds; repeats++)
        {
            if (created is null)
            {
                var id = $"{LoadClient.WriterIdPrefix}{run}-{repeats}";
                var from = ids[random.Next(ids.Count)];
                created = (await writer.CreateRelationAsync(id, from, ReadScenarios.Other(ids, random, from))).IsSuccess ? id : null;
            }
            else
            {
                await writer.DeleteRelationAsync(created);
                created = null;
            }
            await writer.GetAsync(FirstQueryRoute, ReadScenarios.Neighborhood1(ids[random.Next(ids.Count)]));
            await writer.GetAsync(NextQueryRoute, ReadScenarios.Neighborhood1(ids[random.Next(ids.Count)]));
        }
        if (created is not null)
            await new GraphWriter(client, source, settings.ApiKey).DeleteRelationAsync(created);

        var writes = new LatencySummary(writer.Stats.Total(GraphWriter.Routes.Contains).Latencies);
        var first = new LatencySummary(writer.Stats.Total(route => route == FirstQueryRoute).Latencies);
        var next = new LatencySummary(writer.Stats.Total(route => route == NextQueryRoute).Latencies);
        var errors = writer.Stats.Total(_ => true).Failures;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
            {repeats} repeats in {clock.Elapsed.TotalSeconds:F1} s; errors {errors:N0} (4xx are bugs of this tool)
            {writer.Stats.Text(clock.Elapsed)}
            write latency ms: {writes.Describe()}
            first 1-hop query after a write, ms: {first.Describe()}
            next 1-hop query, no write between, ms: {next.Describe()}
            """));
        await MarkdownTable.AppendAsync(settings.Out, MarkdownHeader,
        [
            string.Create(CultureInfo.InvariantCulture,
                $"| {settings.Label} | {repeats} | {writes.Median:F2} | {first.Median:F2} | {first.P95:F2} | {first.Max:F2} | {next.Median:F2} | {errors:N0} |"),
        ]);
        return 0;
    }

    private sealed record Settings(Uri Url, int Repeats, int Seconds, int? Actors, int Seed, string? ApiKey, string Label, string? Out)
    {
        public static string[] Options { get; } = ["url", "repeats", "seconds", "actors", "seed", "api-key", "label", "out"];

        public static Settings Parse(CommandLine options)
        {
            var url = options.LoopbackUrl();
            return new Settings(url, options.Number("repeats", 50, 1, 1000), options.Number("seconds", 600, 1, 600), options.Optional("actors", 100),
                options.Number("seed", 1, 0, int.MaxValue), options.Text("api-key"), options.Text("label") ?? url.Authority, options.Text("out"));
        }
    }
}
