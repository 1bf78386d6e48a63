using System.Globalization;

namespace GeoGraph.Benchmarks;

/// <summary>Resident-set samples of the service, in KiB (all 0 without a pid).</summary>
internal sealed record RssSamples(IReadOnlyList<long> Kib)
{
    private long[] Sorted { get; } = [.. Kib.Order()];

    public long MinKib => Sorted.Length == 0 ? 0 : Sorted[0];

    public long MedianKib => Sorted.Length == 0 ? 0 : Sorted[(Sorted.Length - 1) / 2];

    public long MaxKib => Sorted.Length == 0 ? 0 : Sorted[^1];
}

/// <summary>What /proc says about the service under test (Linux only; zeros when the process is gone).</summary>
internal static class ServiceProcess
{
    /// <summary>VmRSS every 200 ms until <paramref name="stop"/> fires.</summary>
    public static async Task<RssSamples> SampleRssAsync(int? pid, CancellationToken stop)
    {
        var samples = new List<long>();
        while (pid is { } id && !stop.IsCancellationRequested)
        {
            samples.Add(StatusField(id, "VmRSS"));
            try
            {
                await Task.Delay(200, stop);
            }
            catch (TaskCanceledException)
            {
                break;
            }
        }
        return new RssSamples(samples);
    }

    /// <summary>The process's peak resident set since it started (VmHWM), in KiB.</summary>
    public static long PeakRssKib(int? pid) => pid is { } id ? StatusField(id, "VmHWM") : 0;

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
    public static TimeSpan CpuTime(int? pid)
    {
        if (pid is not { } id)
            return TimeSpan.Zero;
        try
        {
            var stat = File.ReadAllText($"/proc/{id}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
            return TimeSpan.FromMilliseconds(ticks * 10);
        }
        catch (IOException)
        {
            return TimeSpan.Zero;
        }
    }

    public static string Mib(long kib) => (kib / 1024.0).ToString("F0", CultureInfo.InvariantCulture);
}
