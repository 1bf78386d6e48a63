using GeoGraph.Core.Topology;

namespace GeoGraph.Core.Analysis;

public sealed record GraphStats(
    int NodeCount,
    int RelationCount,
    IReadOnlyDictionary<string, int> NodesByKind,
    IReadOnlyDictionary<string, int> RelationsByType,
    DegreeSummary Degree);

/// <summary>Summary of the degree distribution (relations in and out of each node).</summary>
public sealed record DegreeSummary(int Min, int Max, double Mean, double Median, int P90, int P99);

public static class GraphStatistics
{
    public static GraphStats Compute(GraphSnapshot graph, CancellationToken cancellationToken = default)
    {
        var nodes = graph.Nodes().ToArray();
        cancellationToken.ThrowIfCancellationRequested();
        var degrees = nodes.Select(graph.Degree).Order().ToArray();
        cancellationToken.ThrowIfCancellationRequested();
        return new GraphStats(
            graph.NodeCount,
            graph.EdgeCount,
            nodes.CountBy(graph.NodeKind).OrderBy(pair => pair.Key, StringComparer.Ordinal).ToDictionary(),
            graph.AllEdges().CountBy(graph.EdgeType).OrderBy(pair => pair.Key, StringComparer.Ordinal).ToDictionary(),
            degrees.Length == 0
                ? new DegreeSummary(0, 0, 0, 0, 0, 0)
                : new DegreeSummary(degrees[0], degrees[^1], Math.Round(degrees.Average(), 3), Median(degrees), Percentile(degrees, 0.90), Percentile(degrees, 0.99)));
    }

    private static double Median(int[] sorted) =>
        sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2.0;

    // Nearest-rank percentile.
    private static int Percentile(int[] sorted, double p) => sorted[Math.Max(0, (int)Math.Ceiling(p * sorted.Length) - 1)];
}
