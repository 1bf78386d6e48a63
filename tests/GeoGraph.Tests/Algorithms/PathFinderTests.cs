using GeoGraph.Core.Topology;
using GeoGraph.Core.Analysis;
using GeoGraph.Core.Graph;

namespace GeoGraph.Tests.Algorithms;

public class PathFinderTests
{
    // Two 2-hop routes from a to d, one 3-hop route, and a 4-hop one.
    private static readonly GraphSnapshot Graph = SmallGraphs.Of("a>b", "b>d", "a>c", "c>d", "a>e", "e>f", "f>d", "a>g", "g>h", "h>i", "i>d");

    [Fact]
    public void TheShortestPathIsFoundFirst()
    {
        var path = Assert.Single(Find("a", "d", maxHops: 6, k: 1));
        Assert.Equal(2, path.Hops);
        Assert.Equal("a", Graph.NodeId(path.Nodes[0]));
        Assert.Equal("d", Graph.NodeId(path.Nodes[^1]));
    }

    [Fact]
    public void KShortestPathsComeInOrderOfLengthAndAreDistinctAndSimple()
    {
        var paths = Find("a", "d", maxHops: 6, k: 10);
        Assert.Equal([2, 2, 3, 4], paths.Select(path => path.Hops));
        Assert.Equal(paths.Count, paths.Select(path => string.Join(',', path.Edges)).Distinct().Count());
        Assert.All(paths, path => Assert.Equal(path.Nodes.Length, path.Nodes.Distinct().Count()));
        Assert.All(paths, path => Assert.All(Enumerable.Range(0, path.Hops), i =>
            Assert.True(Graph.EdgeFrom(path.Edges[i]) == path.Nodes[i] && Graph.EdgeTo(path.Edges[i]) == path.Nodes[i + 1])));
    }

    [Fact]
    public void TheHopLimitBoundsEveryPath() =>
        Assert.Equal([2, 2, 3], Find("a", "d", maxHops: 3, k: 10).Select(path => path.Hops));

    [Fact]
    public void DirectionIsRespected()
    {
        Assert.Empty(Find("d", "a", maxHops: 6, k: 1, Direction.Out));
        Assert.Equal(2, Assert.Single(Find("d", "a", maxHops: 6, k: 1, Direction.In)).Hops);
        Assert.Equal(2, Assert.Single(Find("d", "a", maxHops: 6, k: 1, Direction.Both)).Hops);
    }

    [Fact]
    public void NoPathWithinTheLimitGivesNothing() => Assert.Empty(Find("a", "d", maxHops: 1, k: 3));

    [Fact]
    public void ParallelRelationsAreDifferentPaths()
    {
        var graph = SmallGraphs.Of("a>b", "a>b", "b>c");
        graph.TryGetNode("a", out var a);
        graph.TryGetNode("c", out var c);
        var paths = PathFinder.KShortest(graph, a, c, new PathQuery("a", "c", 3, Direction.Both, 5));
        Assert.Equal(2, paths.Count);
        Assert.NotEqual(paths[0].Edges[0], paths[1].Edges[0]);
    }

    private static IReadOnlyList<TopologyPath> Find(string from, string to, int maxHops, int k, Direction direction = Direction.Out)
    {
        Graph.TryGetNode(from, out var start);
        Graph.TryGetNode(to, out var end);
        return PathFinder.KShortest(Graph, start, end, new PathQuery(from, to, maxHops, direction, k));
    }
}
