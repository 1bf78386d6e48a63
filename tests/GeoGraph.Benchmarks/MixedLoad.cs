using System.Globalization;

namespace GeoGraph.Benchmarks;

/// <summary>
/// Reads under live writes: <c>--connections</c> closed-loop readers run a read scenario (see <see cref="ReadScenarios"/>)
/// while a <see cref="PacedWriter"/> sends <c>--writes-per-second</c> creates and deletes, for <c>--seconds</c> (at most
/// 600) after a readers-only warm-up. Reports every route's latency and status classes, the writer's 4xx apart (each is a
/// bug of this tool), read-your-writes misses, the first 1-hop query after a write, and with <c>--pid</c> the service's
/// VmRSS (every 200 ms) and VmHWM. Only loopback URLs are accepted.
/// </summary>
internal static class MixedLoad
{
    private const string Usage = "--url http://127.0.0.1:5080 [--scenario neighborhood1|paths|mix|...] [--seconds 60] [--connections 16] "
        + "[--writes-per-second 50] [--max-in-flight 64] [--max-requests 2000000] [--warmup-seconds 3] [--actors N] [--pid PID] [--seed 1] "
        + "[--api-key KEY] [--label TEXT] [--out summary.md] [--routes-out routes.md]";

    private const string SummaryHeader = "| Graph | Read scenario | Readers | Writes/s target / acknowledged | Write median ms | Write p99 ms | Writer 4xx | "
        + "First 1-hop query after a write: median ms | p99 ms | Read-your-writes misses | Reads/s | Service RSS MiB min / median / max | Peak RSS (VmHWM) MiB |";

    public static async Task<int> RunAsync(string[] args)
    {
        if (!CommandLine.TryParse("mixed", Usage, args, Settings.Options, Settings.Parse, out var settings))
            return 2;

        using var readers = LoadClient.Create(settings.Url, settings.Connections);
        using var writers = LoadClient.Create(settings.Url, settings.MaxInFlight);
        var ids = await LoadClient.ActorIdsAsync(readers, settings.Actors);
        var source = await GraphWriter.FirstSourceIdAsync(readers);
        if (ids.Count < 2 || source is null)
        {
            await Console.Error.WriteLineAsync("mixed: the service needs at least two actors and one source");
            return 1;
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"mixed on {settings.Url}: {settings.Connections} readers ({settings.Scenario}), {settings.WritesPerSecond} writes/s, {settings.Seconds} s (+{settings.WarmupSeconds} s readers-only warm-up), {ids.Count:N0} candidate ids, source {source}"));

        if (settings.WarmupSeconds > 0)
            await ReadLoop.RunAsync(readers, settings.Scenario, ids, settings.Connections, TimeSpan.FromSeconds(settings.WarmupSeconds), settings.MaxRequests, settings.Seed + 1000);

        var duration = TimeSpan.FromSeconds(settings.Seconds);
        using var sampling = new CancellationTokenSource();
        var rss = ServiceProcess.SampleRssAsync(settings.Pid, sampling.Token);
        var writer = new PacedWriter(writers, source, settings.ApiKey, ids, settings.WritesPerSecond, settings.MaxInFlight, settings.Seed + 2000);
        var writing = writer.RunAsync(duration);
        var (reads, elapsed) = await ReadLoop.RunAsync(readers, settings.Scenario, ids, settings.Connections, duration, settings.MaxRequests, settings.Seed);
        var written = await writing;
        await sampling.CancelAsync();

        var report = new Report(settings, reads, elapsed, written, await rss, ServiceProcess.PeakRssKib(settings.Pid));
        Console.WriteLine(report.Text());
        await MarkdownTable.AppendAsync(settings.Out, SummaryHeader, [report.SummaryRow()]);
        var leading = $"| {settings.Label} | {settings.Scenario} |";
        await MarkdownTable.AppendAsync(settings.RoutesOut, "| Graph | Read scenario | " + RouteStats.MarkdownHeader,
            [.. reads.MarkdownRows(leading, elapsed), .. written.Stats.MarkdownRows(leading, written.Window)]);
        return 0;
    }

    private sealed record Report(Settings Settings, RouteStats Reads, TimeSpan Elapsed, PacedWriterResult Written, RssSamples Rss, long PeakRssKib)
    {
        private LatencySummary WriteLatency { get; } = new(Written.Writes.Latencies);

        private LatencySummary FirstQuery { get; } = new(Written.ReadsAfterWrite.Latencies);

        private long WriterClientErrors => Written.Stats.Total(_ => true).ClientErrors;

        private double ReadsPerSecond => Reads.Total(_ => true).Count / Elapsed.TotalSeconds;

        private string RssRange => Settings.Pid is null
            ? "n/a"
            : $"{ServiceProcess.Mib(Rss.MinKib)} / {ServiceProcess.Mib(Rss.MedianKib)} / {ServiceProcess.Mib(Rss.MaxKib)}";

        public string Text() => string.Create(CultureInfo.InvariantCulture, $"""
            reads ({Elapsed.TotalSeconds:F1} s, {ReadsPerSecond:N0} req/s in all):
            {Reads.Text(Elapsed)}
            writes: {Written.Writes.Count:N0} sent on {Written.Ticks:N0} ticks, {Written.AcknowledgedPerSecond:F1}/s acknowledged (target {Settings.WritesPerSecond}); ticks without a write: {Written.DroppedAtBound:N0} at the in-flight bound ({Settings.MaxInFlight}), {Written.SkippedAfterFailure:N0} after a failed earlier step
            write latency ms: {WriteLatency.Describe()}
            {Written.Stats.Text(Written.Window)}
            writer 4xx (bugs of this tool): {WriterClientErrors:N0}
            read-your-writes: {Written.Checks:N0} checks, {Written.Misses:N0} without the new edge
            first 1-hop query after a write, ms: {FirstQuery.Describe()}
            service RSS MiB (VmRSS every 200 ms) min / median / max: {RssRange}; peak since start (VmHWM): {(Settings.Pid is null ? "n/a" : ServiceProcess.Mib(PeakRssKib))} MiB
            cleanup: deleted {Written.LeftoversDeleted:N0} actors still alive, {Written.CleanupFailures:N0} failures
            """);

        public string SummaryRow() => string.Create(CultureInfo.InvariantCulture,
            $"| {Settings.Label} | {Settings.Scenario} | {Settings.Connections} | {Settings.WritesPerSecond} / {Written.AcknowledgedPerSecond:F1} | {WriteLatency.Median:F2} | {WriteLatency.P99:F2} | {WriterClientErrors:N0} | {FirstQuery.Median:F2} | {FirstQuery.P99:F2} | {Written.Misses:N0} of {Written.Checks:N0} | {ReadsPerSecond:N0} | {RssRange} | {(Settings.Pid is null ? "n/a" : ServiceProcess.Mib(PeakRssKib))} |");
    }

    private sealed record Settings(
        Uri Url, string Scenario, int Seconds, int Connections, int WritesPerSecond, int MaxInFlight, long MaxRequests, int WarmupSeconds,
        int? Actors, int? Pid, int Seed, string? ApiKey, string Label, string? Out, string? RoutesOut)
    {
        public static string[] Options { get; } =
        [
            "url", "scenario", "seconds", "connections", "writes-per-second", "max-in-flight", "max-requests", "warmup-seconds",
            "actors", "pid", "seed", "api-key", "label", "out", "routes-out",
        ];

        public static Settings Parse(CommandLine options)
        {
            var url = options.LoopbackUrl();
            return new Settings(url, options.OneOf("scenario", "neighborhood1", ReadScenarios.Names),
                options.Number("seconds", 60, 1, 600), options.Number("connections", 16, 1, 256), options.Number("writes-per-second", 50, 1, 1000),
                options.Number("max-in-flight", 64, 1, 1024), options.Number("max-requests", 2_000_000, 1, 50_000_000), options.Number("warmup-seconds", 3, 0, 60),
                options.Optional("actors", 100), options.Optional("pid", 1), options.Number("seed", 1, 0, int.MaxValue),
                options.Text("api-key"), options.Text("label") ?? url.Authority, options.Text("out"), options.Text("routes-out"));
        }
    }
}
