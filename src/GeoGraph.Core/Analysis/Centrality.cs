namespace GeoGraph.Core.Analysis;

public enum CentralityMeasure
{
    Degree,
    PageRank,
    Betweenness,
}

/// <summary>Centrality scores of every node, indexed like the topology's nodes.</summary>
/// <param name="Approximate">True when betweenness was estimated from a sample of source nodes.</param>
public sealed record CentralityScores(double[] Scores, bool Approximate);

/// <summary>Degree, PageRank and betweenness over the whole topology.</summary>
public static class Centrality
{
    public const double Damping = 0.85;

    /// <summary>Exact betweenness up to this many nodes; above it, Brandes runs from a fixed sample of sources.</summary>
    public const int ExactBetweennessLimit = 5000;

    public const int BetweennessSamples = 256;

    public static CentralityScores Compute(GraphTopology graph, CentralityMeasure measure) => measure switch
    {
        CentralityMeasure.Degree => new([.. Enumerable.Range(0, graph.NodeCount).Select(node => (double)graph.Degree(node))], false),
        CentralityMeasure.PageRank => new(PageRank(graph), false),
        _ => Betweenness(graph),
    };

    /// <summary>
    /// PageRank along relation directions, damping 0.85; nodes without outgoing relations spread their rank
    /// evenly. Scores sum to 1. Iterates until the total change is below 1e-10 (at most 200 rounds).
    /// </summary>
    public static double[] PageRank(GraphTopology graph)
    {
        var n = graph.NodeCount;
        if (n == 0)
            return [];
        var rank = Enumerable.Repeat(1.0 / n, n).ToArray();
        var next = new double[n];
        for (var round = 0; round < 200; round++)
        {
            var dangling = 0.0;
            for (var node = 0; node < n; node++)
            {
                if (graph.OutStart[node + 1] == graph.OutStart[node])
                    dangling += rank[node];
            }
            var teleport = (1 - Damping) / n + Damping * dangling / n;
            Array.Fill(next, teleport);
            for (var node = 0; node < n; node++)
            {
                var outDegree = graph.OutStart[node + 1] - graph.OutStart[node];
                if (outDegree == 0)
                    continue;
                var share = Damping * rank[node] / outDegree;
                for (var i = graph.OutStart[node]; i < graph.OutStart[node + 1]; i++)
                    next[graph.EdgeTo[graph.OutEdges[i]]] += share;
            }
            var change = 0.0;
            for (var node = 0; node < n; node++)
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
    public static CentralityScores Betweenness(GraphTopology graph)
    {
        var n = graph.NodeCount;
        var scores = new double[n];
        var approximate = n > ExactBetweennessLimit;
        var (neighbourStart, neighbours) = SimpleNeighbours(graph);
        var sources = approximate ? Sample(n) : Enumerable.Range(0, n).ToArray();
        var sigma = new double[n];
        var distance = new int[n];
        var delta = new double[n];
        var predecessors = new List<int>[n];
        for (var i = 0; i < n; i++)
            predecessors[i] = [];
        var order = new Stack<int>();
        var queue = new Queue<int>();
        foreach (var source in sources)
        {
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
        var scale = 0.5 * n / sources.Length;
        for (var node = 0; node < n; node++)
            scores[node] *= scale;
        return new CentralityScores(scores, approximate);
    }

    /// <summary>Each node's distinct neighbours, either direction, without itself, as offset arrays.</summary>
    private static (int[] Start, int[] Neighbours) SimpleNeighbours(GraphTopology graph)
    {
        var start = new int[graph.NodeCount + 1];
        var neighbours = new List<int>(graph.EdgeCount * 2);
        var seen = new HashSet<int>();
        for (var node = 0; node < graph.NodeCount; node++)
        {
            seen.Clear();
            foreach (var (_, other) in graph.Edges(node, Graph.Direction.Both))
            {
                if (other != node && seen.Add(other))
                    neighbours.Add(other);
            }
            start[node + 1] = neighbours.Count;
        }
        return (start, [.. neighbours]);
    }

    private static int[] Sample(int n)
    {
        var random = new Random(20250401);
        return [.. Enumerable.Range(0, n).OrderBy(_ => random.Next()).Take(BetweennessSamples)];
    }
}
