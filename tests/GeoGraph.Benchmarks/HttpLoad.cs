using System.Diagnostics;
using System.Globalization;

namespace GeoGraph.Benchmarks;

/// <summary>
/// Closed-loop HTTP load against a GeoGraph service on this machine: <c>--connections</c> workers each send one
/// request, wait for the whole response, and send the next, for <c>--seconds</c> (at most 600) or
/// <c>--max-requests</c>, whichever comes first. Only loopback URLs are accepted.
/// </summary>
/// <remarks>
/// Node ids: with <c>--actors N</c>, random actors of the generated graph of N actors (<c>actor-{i}</c>);
/// otherwise up to 5,000 actor ids paged from <c>/api/actors</c>. Scenarios (see <see cref="ReadScenarios"/>):
/// <c>neighborhood1</c> (depth 1, default cap of 100 neighbours), <c>neighborhood2</c> (depth 2, cap 500),
/// <c>paths</c> (shortest path between two random actors, up to 6 hops), <c>baseline</c> (<c>/health/live</c>: the
/// cost of Kestrel and the pipeline alone), and the other read routes. With <c>--pid</c>, the service's resident set
/// (VmRSS) is sampled every 200 ms and its CPU time per request (from /proc/PID/stat) is reported beside the load
/// tool's own, which share the same cores.
/// </remarks>
internal static class HttpLoad
{
    private const string Usage = "--url http://127.0.0.1:5080 --scenario neighborhood1|neighborhood2|paths|baseline|... [--seconds 20] [--connections 16] "
        + "[--max-requests 2000000] [--warmup-seconds 3] [--actors N] [--pid PID] [--seed 1] [--label TEXT] [--out results.md]";

    private const string MarkdownHeader = "| Graph | Scenario | Connections | Requests | Req/s | Median ms | p95 ms | p99 ms | Errors | Mean bytes | "
        + "Service RSS MiB (max under load) | Service CPU ms/req | Load tool CPU ms/req |";

    public static async Task<int> RunAsync(string[] args)
    {
        if (!CommandLine.TryParse("http", Usage, args, Settings.Options, Settings.Parse, out var settings))
            return 2;

        using var client = LoadClient.Create(settings.Url, settings.Connections);
        var ids = await LoadClient.ActorIdsAsync(client, settings.Actors);
        if (ids.Count < 2)
        {
            await Console.Error.WriteLineAsync("http: found fewer than two node ids to query");
            return 1;
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{settings.Scenario} on {settings.Url}: {settings.Connections} connections, {settings.Seconds} s (+{settings.WarmupSeconds} s warm-up), {ids.Count:N0} candidate ids"));

        if (settings.WarmupSeconds > 0)
            await LoadAsync(client, settings, ids, TimeSpan.FromSeconds(settings.WarmupSeconds), seedOffset: 1000, pid: null);
        var result = await LoadAsync(client, settings, ids, TimeSpan.FromSeconds(settings.Seconds), seedOffset: 0, settings.Pid);
        var report = result.Report(settings);
        Console.WriteLine(report.Text);
        await MarkdownTable.AppendAsync(settings.Out, MarkdownHeader, [report.MarkdownRow]);
        return 0;
    }

    private static async Task<LoadResult> LoadAsync(HttpClient client, Settings settings, IReadOnlyList<string> ids, TimeSpan duration, int seedOffset, int? pid)
    {
        using var sampling = new CancellationTokenSource();
        var serviceCpuBefore = ServiceProcess.CpuTime(pid);
        using var self = Process.GetCurrentProcess();
        var ownCpuBefore = self.TotalProcessorTime;
        var rss = ServiceProcess.SampleRssAsync(pid, sampling.Token);
        var (stats, elapsed) = await ReadLoop.RunAsync(client, settings.Scenario, ids, settings.Connections, duration, settings.MaxRequests, settings.Seed + seedOffset);
        await sampling.CancelAsync();
        var serviceCpu = ServiceProcess.CpuTime(pid) - serviceCpuBefore;
        self.Refresh();
        var ownCpu = self.TotalProcessorTime - ownCpuBefore;
        return new LoadResult(stats.Total(_ => true), elapsed, await rss, ServiceProcess.PeakRssKib(pid), serviceCpu, ownCpu);
    }

    private sealed record LoadResult(RouteTally Tally, TimeSpan Elapsed, RssSamples Rss, long PeakRssKib, TimeSpan ServiceCpu, TimeSpan OwnCpu)
    {
        public (string Text, string MarkdownRow) Report(Settings settings)
        {
            var latency = new LatencySummary(Tally.Latencies);
            var count = latency.Count;
            var rate = count / Elapsed.TotalSeconds;
            var errors = Tally.Failures;
            var meanBytes = count == 0 ? 0 : Tally.Bytes / count;
            var rss = settings.Pid is null ? "n/a" : $"{ServiceProcess.Mib(Rss.MaxKib)} MiB max under load (peak since start {ServiceProcess.Mib(PeakRssKib)} MiB)";
            var text = string.Create(CultureInfo.InvariantCulture, $"""
                requests {count:N0} in {Elapsed.TotalSeconds:F1} s: {rate:N0} req/s; errors {errors:N0}{(Tally.FirstProblem is null ? "" : $" (first: {Tally.FirstProblem})")}
                latency ms: {latency.Describe()}; mean response {meanBytes:N0} bytes
                service RSS: {rss}
                CPU per request: service {ServiceCpu.TotalMilliseconds / Math.Max(1, count):F3} ms{(settings.Pid is null ? " (n/a without --pid)" : "")}, load tool {OwnCpu.TotalMilliseconds / Math.Max(1, count):F3} ms; cores busy: service {ServiceCpu / Elapsed:F2}, load tool {OwnCpu / Elapsed:F2}
                """);
            var row = string.Create(CultureInfo.InvariantCulture,
                $"| {settings.Label} | {settings.Scenario} | {settings.Connections} | {count:N0} | {rate:N0} | {latency.Median:F2} | {latency.P95:F2} | {latency.P99:F2} | {errors:N0} | {meanBytes:N0} | {(settings.Pid is null ? "n/a" : ServiceProcess.Mib(Rss.MaxKib))} | {ServiceCpu.TotalMilliseconds / Math.Max(1, count):F3} | {OwnCpu.TotalMilliseconds / Math.Max(1, count):F3} |");
            return (text, row);
        }
    }

    private sealed record Settings(Uri Url, string Scenario, int Seconds, int Connections, long MaxRequests, int WarmupSeconds, int? Actors, int? Pid, int Seed, string Label, string? Out)
    {
        public static string[] Options { get; } = ["url", "scenario", "seconds", "connections", "max-requests", "warmup-seconds", "actors", "pid", "seed", "label", "out"];

        public static Settings Parse(CommandLine options)
        {
            var url = options.LoopbackUrl();
            return new Settings(url, options.OneOf("scenario", "neighborhood1", ReadScenarios.Names),
                options.Number("seconds", 20, 1, 600), options.Number("connections", 16, 1, 256), options.Number("max-requests", 2_000_000, 1, 50_000_000),
                options.Number("warmup-seconds", 3, 0, 60), options.Optional("actors", 100), options.Optional("pid", 1), options.Number("seed", 1, 0, int.MaxValue),
                options.Text("label") ?? url.Authority, options.Text("out"));
        }
    }
}
