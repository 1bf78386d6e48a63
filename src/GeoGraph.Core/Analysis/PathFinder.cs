using GeoGraph.Core.Graph;
using GeoGraph.Core.Topology;

namespace GeoGraph.Core.Analysis;

public sealed record PathQuery(string From, string To, int MaxHops, Direction Direction, int K)
{
    public IReadOnlyCollection<string> Types { get; init; } = [];
}

/// <summary>A path as node and edge indexes: edge i joins node i and node i + 1.</summary>
public sealed record TopologyPath(int[] Nodes, int[] Edges)
{
    public int Hops => Edges.Length;
}

/// <summary>
/// Shortest paths on the topology: bidirectional breadth-first search for one path, Yen's algorithm for
/// the k shortest simple paths. Every search is bounded by the hop limit.
/// </summary>
public static class PathFinder
{
    public static IReadOnlyList<TopologyPath> KShortest(GraphSnapshot graph, int from, int to, PathQuery query, CancellationToken cancellationToken = default)
    {
        var typeMask = graph.TypeMask(query.Types);
        var search = new Search(graph, query.Direction, typeMask, cancellationToken);
        var first = search.Shortest(from, to, query.MaxHops, [], []);
        if (first is null)
            return [];
        var found = new List<TopologyPath> { first };
        var candidates = new List<TopologyPath>();
        while (found.Count < query.K)
        {
            var previous = found[^1];
            for (var i = 0; i < previous.Nodes.Length - 1; i++)
            {
                var spur = previous.Nodes[i];
                var rootNodes = previous.Nodes[..(i + 1)];
                var rootEdges = previous.Edges[..i];
                var blockedEdges = found.Concat(candidates)
                    .Where(path => path.Nodes.Length > i + 1 && path.Nodes.AsSpan(0, i + 1).SequenceEqual(rootNodes) && path.Edges.AsSpan(0, i).SequenceEqual(rootEdges))
                    .Select(path => path.Edges[i])
                    .ToHashSet();
                var blockedNodes = rootNodes[..^1].ToHashSet();
                var spurPath = search.Shortest(spur, to, query.MaxHops - i, blockedNodes, blockedEdges);
                if (spurPath is null)
                    continue;
                var candidate = new TopologyPath([.. rootNodes[..^1], .. spurPath.Nodes], [.. rootEdges, .. spurPath.Edges]);
                if (!candidates.Concat(found).Any(path => path.Edges.SequenceEqual(candidate.Edges)))
                    candidates.Add(candidate);
            }
            if (candidates.Count == 0)
                break;
            var best = candidates.OrderBy(path => path.Hops).ThenBy(path => string.Join(' ', path.Edges.Select(graph.EdgeId)), StringComparer.Ordinal).First();
            candidates.Remove(best);
            found.Add(best);
        }
        return found;
    }

    private sealed class Search(GraphSnapshot graph, Direction direction, bool[]? typeMask, CancellationToken cancellationToken)
    {
        private readonly Direction _backward = direction switch { Direction.Out => Direction.In, Direction.In => Direction.Out, _ => Direction.Both };

        /// <summary>Bidirectional BFS: expands the smaller frontier a whole level at a time, so the first meeting is a shortest path.</summary>
        public TopologyPath? Shortest(int from, int to, int maxHops, HashSet<int> blockedNodes, HashSet<int> blockedEdges)
        {
            if (from == to)
                return new TopologyPath([from], []);
            var forward = new Dictionary<int, (int Parent, int Edge, int Depth)> { [from] = (-1, -1, 0) };
            var backward = new Dictionary<int, (int Parent, int Edge, int Depth)> { [to] = (-1, -1, 0) };
            List<int> forwardFrontier = [from], backwardFrontier = [to];
            int forwardDepth = 0, backwardDepth = 0;
            while (forwardFrontier.Count > 0 && backwardFrontier.Count > 0 && forwardDepth + backwardDepth < maxHops)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var expandForward = forwardFrontier.Count <= backwardFrontier.Count;
                var meeting = expandForward
                    ? Expand(ref forwardFrontier, forward, backward, direction, ++forwardDepth, blockedNodes, blockedEdges)
                    : Expand(ref backwardFrontier, backward, forward, _backward, ++backwardDepth, blockedNodes, blockedEdges);
                if (meeting >= 0)
                    return Join(meeting, forward, backward);
            }
            return null;
        }

        private int Expand(ref List<int> frontier, Dictionary<int, (int Parent, int Edge, int Depth)> seen,
            Dictionary<int, (int Parent, int Edge, int Depth)> other, Direction way, int depth, HashSet<int> blockedNodes, HashSet<int> blockedEdges)
        {
            var next = new List<int>();
            var meeting = -1;
            var meetingLength = int.MaxValue;
            foreach (var node in frontier)
            {
                foreach (var (edge, neighbour) in graph.Edges(node, way))
                {
                    if (seen.ContainsKey(neighbour) || blockedNodes.Contains(neighbour) || blockedEdges.Contains(edge)
                        || (typeMask is not null && !typeMask[graph.EdgeTypeIndex(edge)]))
                        continue;
                    seen[neighbour] = (node, edge, depth);
                    next.Add(neighbour);
                    if (other.TryGetValue(neighbour, out var there) && depth + there.Depth < meetingLength)
                        (meeting, meetingLength) = (neighbour, depth + there.Depth);
                }
            }
            frontier = next;
            return meeting;
        }

        private static TopologyPath Join(int meeting, Dictionary<int, (int Parent, int Edge, int Depth)> forward, Dictionary<int, (int Parent, int Edge, int Depth)> backward)
        {
            var nodes = new List<int>();
            var edges = new List<int>();
            for (var node = meeting; node >= 0; node = forward[node].Parent)
            {
                nodes.Add(node);
                if (forward[node].Edge >= 0)
                    edges.Add(forward[node].Edge);
            }
            nodes.Reverse();
            edges.Reverse();
            for (var node = meeting; backward[node].Parent >= 0; node = backward[node].Parent)
            {
                edges.Add(backward[node].Edge);
                nodes.Add(backward[node].Parent);
            }
            return new TopologyPath([.. nodes], [.. edges]);
        }
    }
}
