using GeoGraph.Core.Topology;
using GeoGraph.Core.Analysis;
using GeoGraph.Core.Graph;

namespace GeoGraph.Tests.Algorithms;

public class NeighborhoodTests
{
    // A hub with five leaves; leaf l1 has a further neighbour x.
    private static readonly GraphSnapshot Star = SmallGraphs.Of("h>l1", "h>l2", "h>l3", "h>l4", "h>l5", "l1>x");

    [Fact]
    public void OneHopHoldsTheCentreItsNeighboursAndTheirRelations()
    {
        var elements = Neighborhood.Explore(Star, new NeighborhoodQuery("h", 1, Direction.Both, 100))!;
        Assert.Equal(["h", "l1", "l2", "l3", "l4", "l5"], elements.Nodes.Select(node => node.Id));
        Assert.Equal(5, elements.Edges.Count);
        Assert.False(elements.Truncated);
        Assert.Equal(0, elements.Nodes[0].Hop);
    }

    [Fact]
    public void ThePerHopCapCutsHubsAndSaysSo()
    {
        var elements = Neighborhood.Explore(Star, new NeighborhoodQuery("h", 1, Direction.Both, 3))!;
        Assert.Equal(4, elements.Nodes.Count);
        Assert.True(elements.Truncated);
        var ids = elements.Nodes.Select(node => node.Id).ToHashSet();
        Assert.All(elements.Edges, edge => Assert.True(ids.Contains(edge.From) && ids.Contains(edge.To)));
    }

    [Fact]
    public void DepthTwoReachesNeighboursOfNeighbours()
    {
        var elements = Neighborhood.Explore(Star, new NeighborhoodQuery("l2", 2, Direction.Both, 100))!;
        Assert.Equal(2, elements.Nodes.Single(node => node.Id == "l1").Hop);
        Assert.DoesNotContain(elements.Nodes, node => node.Id == "x");
    }

    [Fact]
    public void DirectionAndTypeFiltersApply()
    {
        Assert.Single(Neighborhood.Explore(Star, new NeighborhoodQuery("l1", 1, Direction.Out, 100))!.Edges);
        Assert.Single(Neighborhood.Explore(Star, new NeighborhoodQuery("h", 1, Direction.In, 100))!.Nodes);
        Assert.Single(Neighborhood.Explore(Star, new NeighborhoodQuery("h", 1, Direction.Both, 100) { Types = ["ACCUSED"] })!.Nodes);
    }

    [Fact]
    public void AnUnknownCentreGivesNothing() => Assert.Null(Neighborhood.Explore(Star, new NeighborhoodQuery("nobody", 1, Direction.Both, 10)));

    [Fact]
    public void StatisticsSummariseTheDegrees()
    {
        var stats = GraphStatistics.Compute(Star);
        Assert.Equal(7, stats.NodeCount);
        Assert.Equal(6, stats.RelationCount);
        Assert.Equal(new DegreeSummary(1, 5, Math.Round(12.0 / 7, 3), 1, 5, 5), stats.Degree);
    }
}
