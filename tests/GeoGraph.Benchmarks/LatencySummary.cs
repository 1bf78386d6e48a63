using System.Globalization;

namespace GeoGraph.Benchmarks;

/// <summary>Sorted latencies in milliseconds with nearest-rank percentiles (NaN when there are none).</summary>
internal sealed class LatencySummary
{
    private readonly double[] _sorted;

    public LatencySummary(IEnumerable<double> milliseconds) => _sorted = [.. milliseconds.Order()];

    public int Count => _sorted.Length;

    public double Median => At(0.5);

    public double P95 => At(0.95);

    public double P99 => At(0.99);

    public double Max => At(1);

    public double At(double percentile) =>
        _sorted.Length == 0 ? double.NaN : _sorted[Math.Clamp((int)Math.Ceiling(percentile * _sorted.Length) - 1, 0, _sorted.Length - 1)];

    /// <summary>"median 1.23, p95 …, p99 …, max …" in ms.</summary>
    public string Describe() => string.Create(CultureInfo.InvariantCulture, $"median {Median:F2}, p95 {P95:F2}, p99 {P99:F2}, max {Max:F2}");
}
