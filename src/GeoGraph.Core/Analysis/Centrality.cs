using GeoGraph.Core.Topology;

namespace GeoGraph.Core.Analysis;

public enum CentralityMeasure
{
    Degree,
    PageRank,
    Betweenness,
}

/// <summary>Centrality scores of every node, indexed by the snapshot's node slots (0 for empty slots).</summary>
/// <param name="Approximate">True when betweenness was estimated from a sample of source nodes.</param>
public sealed record CentralityScores(double[] Scores, bool Approximate);

/// <summary>Degree, PageRank and betweenness over the whole topology.</summary>
public static class Centrality
{
    public const double Damping = 0.85;

    /// <summary>Exact betweenness up to this many nodes; above it, Brandes runs from a fixed sample of sources.</summary>
    public const int ExactBetweennessLimit = 5000;

    public const int BetweennessSamples = 256;

    public static CentralityScores Compute(GraphSnapshot graph, CentralityMeasure measure, CancellationToken cancellationToken = default) => measure switch
    {
        CentralityMeasure.Degree => new([.. Enumerable.Range(0, graph.NodeSlots).Select(node => graph.HasNode(node) ? (double)graph.Degree(node) : 0)], false),
        CentralityMeasure.PageRank => new(PageRank(graph, cancellationToken), false),
        _ => Betweenness(graph, cancellationToken),
    };

    /// <summary>
    /// PageRank along relation directions, damping 0.85; nodes without outgoing relations spread their rank
    /// evenly. Scores sum to 1. Iterates until the total change is below 1e-10 (at most 200 rounds).
    /// </summary>
    public static double[] PageRank(GraphSnapshot graph, CancellationToken cancellationToken = default)
    {
        var n = graph.NodeCount;
        var rank = new double[graph.NodeSlots];
        if (n == 0)
            return rank;
        var live = graph.Nodes().ToArray();
        var (outStart, targets) = Neighbours(graph, live, Graph.Direction.Out, distinct: false);
        foreach (var node in live)
            rank[node] = 1.0 / n;
        var next = new double[graph.NodeSlots];
        for (var round = 0; round < 200; round++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var dangling = 0.0;
            foreach (var node in live)
            {
                if (outStart[node + 1] == outStart[node])
                    dangling += rank[node];
            }
            var teleport = (1 - Damping) / n + Damping * dangling / n;
            foreach (var node in live)
                next[node] = teleport;
            foreach (var node in live)
            {
                var outDegree = outStart[node + 1] - outStart[node];
                if (outDegree == 0)
                    continue;
                var share = Damping * rank[node] / outDegree;
                for (var i = outStart[node]; i < outStart[node + 1]; i++)
                    next[targets[i]] += share;
            }
            var change = 0.0;
            foreach (var node in live)
                change += Math.Abs(next[node] - rank[node]);
            (rank, next) = (next, rank);
            if (change < 1e-10)
                break;
        }
        return rank;
    }

    /// <summary>
    /// Brandes' betweenness on the simple undirected graph: two nodes are connected when any relation joins
    /// them, whichever way it points, and parallel relations count as one connection. Each unordered pair
    /// of nodes counts once.
    /// </summary>
    public static CentralityScores Betweenness(GraphSnapshot graph, CancellationToken cancellationToken = default)
    {
        var n = graph.NodeCount;
        var slots = graph.NodeSlots;
        var scores = new double[slots];
        var approximate = n > ExactBetweennessLimit;
        var live = graph.Nodes().ToArray();
        var (neighbourStart, neighbours) = Neighbours(graph, live, Graph.Direction.Both, distinct: true);
        var sources = approximate ? Sample(live) : live;
        var sigma = new double[slots];
        var distance = new int[slots];
        var delta = new double[slots];
        var predecessors = new List<int>[slots];
        for (var i = 0; i < slots; i++)
            predecessors[i] = [];
        var order = new Stack<int>();
        var queue = new Queue<int>();
        foreach (var source in sources)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Array.Clear(sigma);
            Array.Fill(distance, -1);
            Array.Clear(delta);
            foreach (var list in predecessors)
                list.Clear();
            sigma[source] = 1;
            distance[source] = 0;
            queue.Enqueue(source);
            while (queue.Count > 0)
            {
                var node = queue.Dequeue();
                order.Push(node);
                for (var i = neighbourStart[node]; i < neighbourStart[node + 1]; i++)
                {
                    var other = neighbours[i];
                    if (distance[other] < 0)
                    {
                        distance[other] = distance[node] + 1;
                        queue.Enqueue(other);
                    }
                    if (distance[other] == distance[node] + 1)
                    {
                        sigma[other] += sigma[node];
                        predecessors[other].Add(node);
                    }
                }
            }
            while (order.Count > 0)
            {
                var node = order.Pop();
                foreach (var predecessor in predecessors[node])
                    delta[predecessor] += sigma[predecessor] / sigma[node] * (1 + delta[node]);
                if (node != source)
                    scores[node] += delta[node];
            }
        }
        // Every pair was counted from both ends; a sample stands for all sources.
        var scale = sources.Length == 0 ? 0 : 0.5 * n / sources.Length;
        for (var node = 0; node < slots; node++)
            scores[node] *= scale;
        return new CentralityScores(scores, approximate);
    }

    /// <summary>
    /// Each live node's neighbours in a direction as offset arrays indexed by slot: one pass over the snapshot,
    /// so the iterations after it read plain arrays. With <paramref name="distinct"/>, each neighbour once and never the node itself.
    /// </summary>
    private static (int[] Start, int[] Neighbours) Neighbours(GraphSnapshot graph, int[] live, Graph.Direction direction, bool distinct)
    {
        var start = new int[graph.NodeSlots + 1];
        var neighbours = new List<int>(graph.EdgeCount * (direction == Graph.Direction.Both ? 2 : 1));
        var seen = new HashSet<int>();
        var next = 0;
        foreach (var node in live)
        {
            for (; next <= node; next++)
                start[next] = neighbours.Count;
            seen.Clear();
            foreach (var (_, other) in graph.Edges(node, direction))
            {
                if (!distinct || (other != node && seen.Add(other)))
                    neighbours.Add(other);
            }
        }
        for (; next <= graph.NodeSlots; next++)
            start[next] = neighbours.Count;
        return (start, [.. neighbours]);
    }

    private static int[] Sample(int[] live)
    {
        var random = new Random(20250401);
        return [.. live.OrderBy(_ => random.Next()).Take(BetweennessSamples)];
    }
}
