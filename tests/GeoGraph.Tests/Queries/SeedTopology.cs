using GeoGraph.Core.Model;
using GeoGraph.Tests.Api;

namespace GeoGraph.Tests.Queries;

/// <summary>
/// Graph facts computed straight from the seed JSON (through <see cref="SeedGraph"/>), independently of the
/// API's own topology code, so query tests compare the API against the data rather than against itself.
/// </summary>
public static class SeedTopology
{
    public static IReadOnlyList<Relation> Relations => SeedGraph.Document.Relations;

    public static IReadOnlyList<string> NodeIds { get; } = [.. SeedGraph.Document.Nodes.Select(node => node.Id)];

    public static Node NodeOf(string id) => SeedGraph.Document.Nodes.Single(node => node.Id == id);

    public static Relation RelationOf(string id) => Relations.Single(relation => relation.Id == id);

    /// <summary>Relations touching a node: out (it is the source), in (it is the target) or both.</summary>
    public static IEnumerable<Relation> RelationsOf(string id, string direction = "both") => Relations.Where(relation =>
        (direction != "in" && relation.From == id) || (direction != "out" && relation.To == id));

    public static string OtherEnd(Relation relation, string id) => relation.From == id ? relation.To : relation.From;

    /// <summary>Every relation in and out of each node (a node without relations has degree 0).</summary>
    public static IReadOnlyDictionary<string, int> Degrees { get; } = NodeIds.ToDictionary(
        id => id, id => Relations.Count(relation => relation.From == id) + Relations.Count(relation => relation.To == id));

    /// <summary>Breadth-first hop distance from <paramref name="start"/> along relations in the given direction.</summary>
    public static IReadOnlyDictionary<string, int> Distances(string start, string direction = "both")
    {
        var distance = new Dictionary<string, int> { [start] = 0 };
        var queue = new Queue<string>([start]);
        while (queue.TryDequeue(out var node))
        {
            foreach (var relation in RelationsOf(node, direction))
            {
                var other = OtherEnd(relation, node);
                if (distance.TryAdd(other, distance[node] + 1))
                    queue.Enqueue(other);
            }
        }
        return distance;
    }

    /// <summary>
    /// Every simple path (no node twice) of at most <paramref name="maxHops"/> relations, each as its relation ids.
    /// Paths are told apart by their relations, so parallel relations give distinct paths. Direction "out" follows
    /// relations forwards only, "in" backwards only.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<string>> SimplePaths(string from, string to, int maxHops, string direction = "both")
    {
        var found = new List<IReadOnlyList<string>>();
        var nodes = new List<string> { from };
        var edges = new List<string>();
        void Walk(string node)
        {
            if (node == to)
            {
                found.Add([.. edges]);
                return;
            }
            if (edges.Count == maxHops)
                return;
            foreach (var relation in RelationsOf(node, direction))
            {
                var other = OtherEnd(relation, node);
                if (nodes.Contains(other))
                    continue;
                nodes.Add(other);
                edges.Add(relation.Id);
                Walk(other);
                nodes.RemoveAt(nodes.Count - 1);
                edges.RemoveAt(edges.Count - 1);
            }
        }
        Walk(from);
        return found;
    }
}
