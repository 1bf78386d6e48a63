namespace GeoGraph.Tests.Queries;

/// <summary>
/// Centrality of the seed graph computed by hand in the test, by the textbook definitions (the ones NetworkX
/// uses too), to check the API's scores over HTTP.
/// </summary>
public static class SeedCentrality
{
    /// <summary>
    /// Brandes' betweenness on the undirected simple graph of the seed: two nodes are neighbours when any relation
    /// joins them (whichever way, however many), so a shortest path is a sequence of nodes. Each unordered pair
    /// of end nodes counts once.
    /// </summary>
    public static IReadOnlyDictionary<string, double> Betweenness()
    {
        var ids = SeedTopology.NodeIds;
        var neighbours = ids.ToDictionary(id => id, id => SeedTopology.RelationsOf(id)
            .Select(relation => SeedTopology.OtherEnd(relation, id)).Where(other => other != id).Distinct().ToList());
        var score = ids.ToDictionary(id => id, _ => 0.0);
        foreach (var source in ids)
        {
            var sigma = ids.ToDictionary(id => id, _ => 0.0);
            var distance = ids.ToDictionary(id => id, _ => -1);
            var predecessors = ids.ToDictionary(id => id, _ => new List<string>());
            var order = new Stack<string>();
            var queue = new Queue<string>([source]);
            sigma[source] = 1;
            distance[source] = 0;
            while (queue.TryDequeue(out var node))
            {
                order.Push(node);
                foreach (var other in neighbours[node])
                {
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
            var delta = ids.ToDictionary(id => id, _ => 0.0);
            while (order.TryPop(out var node))
            {
                foreach (var predecessor in predecessors[node])
                    delta[predecessor] += sigma[predecessor] / sigma[node] * (1 + delta[node]);
                if (node != source)
                    score[node] += delta[node];
            }
        }
        return score.ToDictionary(pair => pair.Key, pair => pair.Value / 2);
    }

    /// <summary>
    /// PageRank along relation directions with damping 0.85: each relation carries an equal share of its source's
    /// rank, nodes without outgoing relations spread theirs over every node. Iterated to a fixed point.
    /// </summary>
    public static IReadOnlyDictionary<string, double> PageRank(double damping = 0.85)
    {
        var ids = SeedTopology.NodeIds;
        var n = ids.Count;
        var outgoing = ids.ToDictionary(id => id, id => SeedTopology.Relations.Where(relation => relation.From == id).Select(relation => relation.To).ToList());
        var rank = ids.ToDictionary(id => id, _ => 1.0 / n);
        for (var round = 0; round < 1000; round++)
        {
            var dangling = ids.Where(id => outgoing[id].Count == 0).Sum(id => rank[id]);
            var next = ids.ToDictionary(id => id, _ => (1 - damping) / n + damping * dangling / n);
            foreach (var id in ids)
            {
                foreach (var target in outgoing[id])
                    next[target] += damping * rank[id] / outgoing[id].Count;
            }
            var change = ids.Sum(id => Math.Abs(next[id] - rank[id]));
            rank = next;
            if (change < 1e-13)
                break;
        }
        return rank;
    }

    /// <summary>The top of a ranking: highest score first, ties by id (ordinal).</summary>
    public static IReadOnlyList<KeyValuePair<string, double>> Top(IReadOnlyDictionary<string, double> scores, int top, Func<string, bool>? keep = null) =>
        [.. scores.Where(pair => keep is null || keep(pair.Key)).OrderByDescending(pair => pair.Value).ThenBy(pair => pair.Key, StringComparer.Ordinal).Take(top)];
}
