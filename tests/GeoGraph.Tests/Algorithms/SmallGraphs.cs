using GeoGraph.Core.Topology;

namespace GeoGraph.Tests.Algorithms;

/// <summary>Builds small snapshots from edge lists such as "a>b", whose answers can be worked out by hand.</summary>
public static class SmallGraphs
{
    public static GraphSnapshot Of(params string[] edges)
    {
        var builder = new GraphSnapshotBuilder();
        var pairs = edges.Select(edge => edge.Split('>')).ToList();
        foreach (var node in pairs.SelectMany(pair => pair).Distinct().Order(StringComparer.Ordinal))
            builder.AddNode(node, node.ToUpperInvariant(), "Person");
        for (var i = 0; i < pairs.Count; i++)
            builder.AddEdge($"e{i}-{pairs[i][0]}-{pairs[i][1]}", "SUPPORTS", pairs[i][0], pairs[i][1], null, null, null);
        return builder.Build();
    }

    public static double ScoreOf(GraphSnapshot graph, double[] scores, string id) =>
        graph.TryGetNode(id, out var node) ? scores[node] : throw new ArgumentException($"No node {id}", nameof(id));
}
