using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GeoGraph.Core.Synthetic;

namespace GeoGraph.Benchmarks;

/// <summary>
/// Closed-loop HTTP load against a GeoGraph service on this machine: <c>--connections</c> workers each send one
/// request, wait for the whole response, and send the next, for <c>--seconds</c> (at most 600) or
/// <c>--max-requests</c>, whichever comes first. Only loopback URLs are accepted.
/// </summary>
/// <remarks>
/// Node ids: with <c>--actors N</c>, random actors of the generated graph of N actors (<c>actor-{i}</c>);
/// otherwise up to 5,000 actor ids paged from <c>/api/actors</c>. Scenarios: <c>neighborhood1</c> (depth 1,
/// default cap of 100 neighbours), <c>neighborhood2</c> (depth 2, cap 500), <c>paths</c> (shortest path between
/// two random actors, up to 6 hops), <c>baseline</c> (<c>/health/live</c>: the cost of Kestrel and the pipeline alone).
/// With <c>--pid</c>, the service's resident set (VmRSS) is sampled every 200 ms and its CPU time per request
/// (from /proc/PID/stat) is reported beside the load tool's own, which share the same cores.
/// </remarks>
internal static class HttpLoad
{
    private static readonly string[] LoopbackHosts = ["127.0.0.1", "localhost", "[::1]", "::1"];

    private static readonly string[] Scenarios = ["neighborhood1", "neighborhood2", "paths", "baseline"];

    public static async Task<int> RunAsync(string[] args)
    {
        Settings settings;
        try
        {
            settings = Settings.Parse(args);
        }
        catch (ArgumentException error)
        {
            await Console.Error.WriteLineAsync($"http: {error.Message}");
            await Console.Error.WriteLineAsync("usage: http --url http://127.0.0.1:5080 --scenario neighborhood1|neighborhood2|paths [--seconds 20] [--connections 16] "
                + "[--max-requests 2000000] [--warmup-seconds 3] [--actors N] [--pid PID] [--seed 1] [--label TEXT] [--out results.md]");
            return 2;
        }

        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = settings.Connections, PooledConnectionLifetime = Timeout.InfiniteTimeSpan, UseProxy = false };
        using var client = new HttpClient(handler) { BaseAddress = settings.Url, Timeout = TimeSpan.FromSeconds(30) };
        var ids = await NodeIdsAsync(client, settings);
        if (ids.Count < 2)
        {
            await Console.Error.WriteLineAsync("http: found fewer than two node ids to query");
            return 1;
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{settings.Scenario} on {settings.Url}: {settings.Connections} connections, {settings.Seconds} s (+{settings.WarmupSeconds} s warm-up), {ids.Count:N0} candidate ids"));

        if (settings.WarmupSeconds > 0)
            await LoadAsync(client, settings, ids, TimeSpan.FromSeconds(settings.WarmupSeconds), settings.MaxRequests, seedOffset: 1000, pid: null);
        var result = await LoadAsync(client, settings, ids, TimeSpan.FromSeconds(settings.Seconds), settings.MaxRequests, seedOffset: 0, settings.Pid);
        var report = result.Report(settings);
        Console.WriteLine(report.Text);
        if (settings.Out is not null)
            await File.AppendAllTextAsync(settings.Out, report.MarkdownRow + Environment.NewLine);
        return 0;
    }

    private static async Task<IReadOnlyList<string>> NodeIdsAsync(HttpClient client, Settings settings)
    {
        if (settings.Actors is { } actors)
        {
            var options = new SyntheticGraphOptions { Actors = actors, Relations = int.MaxValue };
            return [.. Enumerable.Range(0, options.RandomActors).Select(SyntheticGraph.ActorId)];
        }
        var ids = new List<string>();
        string? cursor = null;
        for (var page = 0; page < 25; page++)
        {
            var url = "/api/actors?limit=200" + (cursor is null ? "" : "&cursor=" + Uri.EscapeDataString(cursor));
            using var document = JsonDocument.Parse(await client.GetStringAsync(new Uri(url, UriKind.Relative)));
            ids.AddRange(document.RootElement.GetProperty("items").EnumerateArray().Select(item => item.GetProperty("id").GetString()!));
            cursor = document.RootElement.TryGetProperty("nextCursor", out var next) && next.ValueKind == JsonValueKind.String ? next.GetString() : null;
            if (cursor is null)
                break;
        }
        return ids;
    }

    private static async Task<LoadResult> LoadAsync(HttpClient client, Settings settings, IReadOnlyList<string> ids, TimeSpan duration, long maxRequests, int seedOffset, int? pid)
    {
        using var stop = new CancellationTokenSource(duration);
        var issued = 0L;
        var workers = Enumerable.Range(0, settings.Connections).Select(worker => Task.Run(async () =>
        {
            var random = new Random(settings.Seed + seedOffset + worker);
            var latencies = new List<double>(1 << 16);
            long errors = 0, bytes = 0;
            var firstError = (string?)null;
            while (!stop.IsCancellationRequested && Interlocked.Increment(ref issued) <= maxRequests)
            {
                var url = Url(settings.Scenario, ids, random);
                var started = Stopwatch.GetTimestamp();
                try
                {
                    using var response = await client.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, CancellationToken.None);
                    var body = await response.Content.ReadAsByteArrayAsync(CancellationToken.None);
                    bytes += body.Length;
                    if (!response.IsSuccessStatusCode)
                    {
                        errors++;
                        firstError ??= $"{(int)response.StatusCode} on {url}";
                    }
                }
                catch (Exception error) when (error is HttpRequestException or TaskCanceledException or IOException)
                {
                    errors++;
                    firstError ??= $"{error.GetType().Name} on {url}: {error.Message}";
                }
                latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
            return (Latencies: latencies, Errors: errors, Bytes: bytes, FirstError: firstError);
        })).ToList();

        var clock = Stopwatch.StartNew();
        var serviceCpuBefore = pid is { } servicePid ? CpuTime(servicePid) : TimeSpan.Zero;
        using var self = Process.GetCurrentProcess();
        var ownCpuBefore = self.TotalProcessorTime;
        var rss = pid is { } id ? SampleRssAsync(id, stop.Token) : Task.FromResult(new RssSamples(0, 0));
        var results = await Task.WhenAll(workers);
        clock.Stop();
        var serviceCpu = pid is { } after ? CpuTime(after) - serviceCpuBefore : TimeSpan.Zero;
        self.Refresh();
        var ownCpu = self.TotalProcessorTime - ownCpuBefore;
        var memory = await rss;
        var all = results.SelectMany(result => result.Latencies).Order().ToArray();
        return new LoadResult(all, results.Sum(result => result.Errors), results.Sum(result => result.Bytes), clock.Elapsed,
            results.Select(result => result.FirstError).FirstOrDefault(error => error is not null), memory, pid is { } p ? PeakRss(p) : 0, serviceCpu, ownCpu);
    }

    private static Uri Url(string scenario, IReadOnlyList<string> ids, Random random)
    {
        var id = ids[random.Next(ids.Count)];
        return new Uri(scenario switch
        {
            "neighborhood1" => $"/api/graph/neighborhood/{id}?depth=1",
            "neighborhood2" => $"/api/graph/neighborhood/{id}?depth=2&limit=500",
            "baseline" => "/health/live",
            _ => $"/api/graph/paths?from={id}&to={Other(ids, random, id)}&maxHops=6",
        }, UriKind.Relative);
    }

    private static string Other(IReadOnlyList<string> ids, Random random, string id)
    {
        while (true)
        {
            var other = ids[random.Next(ids.Count)];
            if (other != id)
                return other;
        }
    }

    private sealed record RssSamples(long MaxKib, long LastKib);

    private static async Task<RssSamples> SampleRssAsync(int pid, CancellationToken stop)
    {
        long max = 0, last = 0;
        while (!stop.IsCancellationRequested)
        {
            last = StatusField(pid, "VmRSS");
            max = Math.Max(max, last);
            try
            {
                await Task.Delay(200, stop);
            }
            catch (TaskCanceledException)
            {
                break;
            }
        }
        return new RssSamples(max, last);
    }

    /// <summary>The process's peak resident set since it started (VmHWM).</summary>
    private static long PeakRss(int pid) => StatusField(pid, "VmHWM");

    /// <summary>A kB field of /proc/PID/status; 0 when the process or field is gone.</summary>
    public static long StatusField(int pid, string field)
    {
        try
        {
            var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(line => line.StartsWith(field + ":", StringComparison.Ordinal));
            return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return 0;
        }
    }

    /// <summary>User plus system CPU time of a process so far (/proc/PID/stat fields 14 and 15, in clock ticks of 1/100 s).</summary>
    private static TimeSpan CpuTime(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
            return TimeSpan.FromMilliseconds(ticks * 10);
        }
        catch (IOException)
        {
            return TimeSpan.Zero;
        }
    }

    private sealed record LoadResult(double[] Latencies, long Errors, long Bytes, TimeSpan Elapsed, string? FirstError, RssSamples Rss, long PeakRssKib, TimeSpan ServiceCpu, TimeSpan OwnCpu)
    {
        public (string Text, string MarkdownRow) Report(Settings settings)
        {
            var count = Latencies.Length;
            var rate = count / Elapsed.TotalSeconds;
            double At(double p) => count == 0 ? double.NaN : Latencies[Math.Clamp((int)Math.Ceiling(p * count) - 1, 0, count - 1)];
            var rss = settings.Pid is null ? "n/a" : string.Create(CultureInfo.InvariantCulture, $"{Rss.MaxKib / 1024.0:F0} MiB max under load (peak since start {PeakRssKib / 1024.0:F0} MiB)");
            var text = string.Create(CultureInfo.InvariantCulture, $"""
                requests {count:N0} in {Elapsed.TotalSeconds:F1} s: {rate:N0} req/s; errors {Errors:N0}{(FirstError is null ? "" : $" (first: {FirstError})")}
                latency ms: median {At(0.5):F2}, p95 {At(0.95):F2}, p99 {At(0.99):F2}, max {At(1):F2}; mean response {(count == 0 ? 0 : Bytes / count):N0} bytes
                service RSS: {rss}
                CPU per request: service {ServiceCpu.TotalMilliseconds / Math.Max(1, count):F3} ms{(settings.Pid is null ? " (n/a without --pid)" : "")}, load tool {OwnCpu.TotalMilliseconds / Math.Max(1, count):F3} ms; cores busy: service {ServiceCpu / Elapsed:F2}, load tool {OwnCpu / Elapsed:F2}
                """);
            var row = string.Create(CultureInfo.InvariantCulture,
                $"| {settings.Label} | {settings.Scenario} | {settings.Connections} | {count:N0} | {rate:N0} | {At(0.5):F2} | {At(0.95):F2} | {At(0.99):F2} | {Errors:N0} | {(count == 0 ? 0 : Bytes / count):N0} | {(settings.Pid is null ? "n/a" : (Rss.MaxKib / 1024.0).ToString("F0", CultureInfo.InvariantCulture))} | {ServiceCpu.TotalMilliseconds / Math.Max(1, count):F3} | {OwnCpu.TotalMilliseconds / Math.Max(1, count):F3} |");
            return (text, row);
        }
    }

    private sealed record Settings(Uri Url, string Scenario, int Seconds, int Connections, long MaxRequests, int WarmupSeconds, int? Actors, int? Pid, int Seed, string Label, string? Out)
    {
        public static Settings Parse(string[] args)
        {
            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < args.Length; i++)
            {
                if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Length)
                    throw new ArgumentException($"unexpected argument '{args[i]}'");
                values[args[i][2..]] = args[++i];
            }
            string[] known = ["url", "scenario", "seconds", "connections", "max-requests", "warmup-seconds", "actors", "pid", "seed", "label", "out"];
            if (values.Keys.Except(known).FirstOrDefault() is { } unknown)
                throw new ArgumentException($"unknown option --{unknown}");
            if (!values.TryGetValue("url", out var url) || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != "http" && uri.Scheme != "https"))
                throw new ArgumentException("--url must be an absolute http URL");
            if (!LoopbackHosts.Contains(uri.Host, StringComparer.OrdinalIgnoreCase) || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var address) && !IPAddress.IsLoopback(address)))
                throw new ArgumentException($"refusing '{uri.Host}': only 127.0.0.1, localhost and ::1 are allowed");
            var scenario = values.GetValueOrDefault("scenario", "neighborhood1");
            if (!Scenarios.Contains(scenario))
                throw new ArgumentException($"--scenario must be one of {string.Join(", ", Scenarios)}");
            int Number(string name, int fallback, int min, int max)
            {
                if (!values.TryGetValue(name, out var text))
                    return fallback;
                if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number < min || number > max)
                    throw new ArgumentException($"--{name} must be a whole number from {min} to {max}");
                return number;
            }
            int? Optional(string name, int min) => values.ContainsKey(name) ? Number(name, 0, min, int.MaxValue) : null;
            return new Settings(uri, scenario,
                Number("seconds", 20, 1, 600), Number("connections", 16, 1, 256), Number("max-requests", 2_000_000, 1, 50_000_000),
                Number("warmup-seconds", 3, 0, 60), Optional("actors", 100), Optional("pid", 1), Number("seed", 1, 0, int.MaxValue),
                values.GetValueOrDefault("label", uri.Authority), values.GetValueOrDefault("out"));
        }
    }
}
