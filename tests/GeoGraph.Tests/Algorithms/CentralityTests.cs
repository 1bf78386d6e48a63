using GeoGraph.Core.Analysis;

namespace GeoGraph.Tests.Algorithms;

/// <summary>Centrality against values worked out by hand (damping 0.85; betweenness on undirected connections).</summary>
public class CentralityTests
{
    [Fact]
    public void PageRankOfACycleIsUniform()
    {
        var graph = SmallGraphs.Of("a>b", "b>c", "c>a");
        Assert.All(Centrality.PageRank(graph), score => Assert.Equal(1.0 / 3, score, 9));
    }

    [Fact]
    public void PageRankMatchesTheHandSolvedEquations()
    {
        // a = 0.05 + 0.85c, b = 0.05 + 0.85a/2, c = 0.05 + 0.85(a/2 + b), solved by hand:
        // a = 0.128625 / 0.3316875.
        var graph = SmallGraphs.Of("a>b", "b>c", "c>a", "a>c");
        var scores = Centrality.PageRank(graph);
        var a = 0.128625 / 0.3316875;
        Assert.Equal(a, SmallGraphs.ScoreOf(graph, scores, "a"), 8);
        Assert.Equal(0.05 + 0.425 * a, SmallGraphs.ScoreOf(graph, scores, "b"), 8);
        Assert.Equal(0.0925 + 0.78625 * a, SmallGraphs.ScoreOf(graph, scores, "c"), 8);
    }

    [Fact]
    public void ADanglingNodeSpreadsItsRankEvenly()
    {
        // a = 0.075 + 0.425b and a + b = 1, so a = 0.5 / 1.425.
        var graph = SmallGraphs.Of("a>b");
        var scores = Centrality.PageRank(graph);
        Assert.Equal(0.5 / 1.425, SmallGraphs.ScoreOf(graph, scores, "a"), 8);
        Assert.Equal(1 - 0.5 / 1.425, SmallGraphs.ScoreOf(graph, scores, "b"), 8);
    }

    [Theory]
    [InlineData(new[] { "a>b", "b>c", "c>d" }, new[] { "a:0", "b:2", "c:2", "d:0" })]
    [InlineData(new[] { "h>a", "h>b", "c>h", "d>h" }, new[] { "h:6", "a:0", "b:0", "c:0", "d:0" })]
    [InlineData(new[] { "a>b", "a>c", "b>d", "c>d" }, new[] { "a:0.5", "b:0.5", "c:0.5", "d:0.5" })]
    [InlineData(new[] { "a>b", "b>a", "a>b", "b>c" }, new[] { "a:0", "b:1", "c:0" })]
    public void BetweennessCountsTheShortestPathsThroughEachNode(string[] edges, string[] expected)
    {
        var graph = SmallGraphs.Of(edges);
        var result = Centrality.Betweenness(graph);
        Assert.False(result.Approximate);
        foreach (var pair in expected.Select(item => item.Split(':')))
            Assert.Equal(double.Parse(pair[1], System.Globalization.CultureInfo.InvariantCulture), SmallGraphs.ScoreOf(graph, result.Scores, pair[0]), 9);
    }

    [Fact]
    public void DegreeCountsRelationsBothWays()
    {
        var graph = SmallGraphs.Of("a>b", "c>a", "a>d", "b>c");
        var degrees = Centrality.Compute(graph, CentralityMeasure.Degree).Scores;
        Assert.Equal(3, SmallGraphs.ScoreOf(graph, degrees, "a"));
        Assert.Equal(1, SmallGraphs.ScoreOf(graph, degrees, "d"));
    }
}
