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
        var degrees = Array.ConvertAll(nodes, graph.Degree);
        Array.Sort(degrees);
        cancellationToken.ThrowIfCancellationRequested();
        return new GraphStats(
            graph.NodeCount,
            graph.EdgeCount,
            nodes.CountBy(graph.NodeKind).OrderBy(pair => pair.Key, StringComparer.Ordinal).ToDictionary(),
            EdgesByType(graph),
            degrees.Length == 0
                ? new DegreeSummary(0, 0, 0, 0, 0, 0)
                : new DegreeSummary(degrees[0], degrees[^1], Math.Round(degrees.Average(), 3), Median(degrees), Percentile(degrees, 0.90), Percentile(degrees, 0.99)));
    }

    // Counted by type index, named at the end: a million edges cost a million array increments.
    private static Dictionary<string, int> EdgesByType(GraphSnapshot graph)
    {
        var counts = new int[graph.TypeNames.Count];
        foreach (var edge in graph.AllEdges())
            counts[graph.EdgeTypeIndex(edge)]++;
        return Enumerable.Range(0, counts.Length).Where(type => counts[type] > 0)
            .OrderBy(type => graph.TypeNames[type], StringComparer.Ordinal).ToDictionary(type => graph.TypeNames[type], type => counts[type]);
    }

    private static double Median(int[] sorted) =>
        sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2.0;

    // Nearest-rank percentile.
    private static int Percentile(int[] sorted, double p) => sorted[Math.Max(0, (int)Math.Ceiling(p * sorted.Length) - 1)];
}
