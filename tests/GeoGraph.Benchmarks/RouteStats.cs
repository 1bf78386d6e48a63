using System.Globalization;
using System.Text;

namespace GeoGraph.Benchmarks;

/// <summary>Latencies and answers of one route, counted by status class.</summary>
internal sealed class RouteTally
{
    public List<double> Latencies { get; } = [];

    public long Success { get; set; }

    public long ClientErrors { get; set; }

    public long ServerErrors { get; set; }

    /// <summary>1xx and 3xx answers, which none of the routes should give.</summary>
    public long OtherStatus { get; set; }

    /// <summary>No HTTP answer: refused or reset connections, timeouts.</summary>
    public long TransportErrors { get; set; }

    public long Bytes { get; set; }

    public string? FirstProblem { get; set; }

    public int Count => Latencies.Count;

    public long Failures => ClientErrors + ServerErrors + OtherStatus + TransportErrors;
}

/// <summary>
/// Per-route tallies, safe to record into from several tasks; readers keep one each and merge at the end so the
/// lock is never contended on the hot path.
/// </summary>
internal sealed class RouteStats
{
    private const string TextHeader = "route                             requests     req/s   median      p95      p99      max      2xx    4xx    5xx  other  transport";

    private readonly Dictionary<string, RouteTally> _routes = new(StringComparer.Ordinal);

    private readonly Lock _lock = new();

    public static string MarkdownHeader { get; } =
        "Route | Requests | Req/s | Median ms | p95 ms | p99 ms | Max ms | 2xx | 4xx | 5xx | Other | Transport errors |";

    public void Record(string route, Reply reply, string request)
    {
        lock (_lock)
        {
            var tally = TallyOf(route);
            tally.Latencies.Add(reply.Milliseconds);
            tally.Bytes += reply.Body.Length;
            switch (reply.Status)
            {
                case 0: tally.TransportErrors++; break;
                case >= 200 and < 300: tally.Success++; return;
                case >= 400 and < 500: tally.ClientErrors++; break;
                case >= 500: tally.ServerErrors++; break;
                default: tally.OtherStatus++; break;
            }
            tally.FirstProblem ??= reply.Status == 0 ? $"{reply.Error} on {request}" : $"{reply.Status} on {request}: {Snippet(reply.Body)}";
        }
    }

    public void Merge(RouteStats other)
    {
        foreach (var (route, tally) in other.Routes)
            Add(route, tally);
    }

    /// <summary>Routes in the order they were first recorded.</summary>
    public IReadOnlyList<(string Route, RouteTally Tally)> Routes
    {
        get
        {
            lock (_lock)
                return [.. _routes.Select(pair => (pair.Key, pair.Value))];
        }
    }

    /// <summary>The routes <paramref name="selected"/> picks, added up.</summary>
    public RouteTally Total(Func<string, bool> selected)
    {
        var total = new RouteStats();
        foreach (var (route, tally) in Routes.Where(entry => selected(entry.Route)))
            total.Add("total", tally);
        return total.TallyOf("total");
    }

    public string Text(TimeSpan elapsed)
    {
        var text = new StringBuilder(TextHeader);
        foreach (var (route, tally) in Routes)
        {
            var latency = new LatencySummary(tally.Latencies);
            text.AppendLine().Append(CultureInfo.InvariantCulture,
                $"{route,-32} {tally.Count,10:N0} {tally.Count / elapsed.TotalSeconds,9:N1} {latency.Median,8:F2} {latency.P95,8:F2} {latency.P99,8:F2} {latency.Max,8:F2} {tally.Success,8:N0} {tally.ClientErrors,6:N0} {tally.ServerErrors,6:N0} {tally.OtherStatus,6:N0} {tally.TransportErrors,10:N0}");
        }
        foreach (var (route, tally) in Routes.Where(entry => entry.Tally.FirstProblem is not null))
            text.AppendLine().Append(CultureInfo.InvariantCulture, $"  first problem on {route}: {tally.FirstProblem}");
        return text.ToString();
    }

    /// <summary>One markdown row per route, each starting with <paramref name="leadingCells"/> ("| a | b |").</summary>
    public IEnumerable<string> MarkdownRows(string leadingCells, TimeSpan elapsed) =>
        Routes.Select(entry =>
        {
            var (route, tally) = entry;
            var latency = new LatencySummary(tally.Latencies);
            return string.Create(CultureInfo.InvariantCulture,
                $"{leadingCells} {route} | {tally.Count:N0} | {tally.Count / elapsed.TotalSeconds:N1} | {latency.Median:F2} | {latency.P95:F2} | {latency.P99:F2} | {latency.Max:F2} | {tally.Success:N0} | {tally.ClientErrors:N0} | {tally.ServerErrors:N0} | {tally.OtherStatus:N0} | {tally.TransportErrors:N0} |");
        });

    private RouteTally TallyOf(string route) =>
        _routes.TryGetValue(route, out var tally) ? tally : _routes[route] = new RouteTally();

    private void Add(string route, RouteTally theirs)
    {
        lock (_lock)
        {
            var ours = TallyOf(route);
            ours.Latencies.AddRange(theirs.Latencies);
            ours.Success += theirs.Success;
            ours.ClientErrors += theirs.ClientErrors;
            ours.ServerErrors += theirs.ServerErrors;
            ours.OtherStatus += theirs.OtherStatus;
            ours.TransportErrors += theirs.TransportErrors;
            ours.Bytes += theirs.Bytes;
            ours.FirstProblem ??= theirs.FirstProblem;
        }
    }

    private static string Snippet(byte[] body)
    {
        var text = Encoding.UTF8.GetString(body, 0, Math.Min(body.Length, 300)).ReplaceLineEndings(" ");
        return body.Length > 300 ? text + "…" : text;
    }
}
