using System.Net;
using GeoGraph.Api.Analysis;
using GeoGraph.Core.Analysis;
using GeoGraph.Tests.Infrastructure;

namespace GeoGraph.Tests.Queries;

/// <summary><c>GET /api/graph/centrality</c>: rankings compared with degree, PageRank and betweenness computed from the seed in the test.</summary>
public class CentralityTests(GeoGraphFactory factory) : IClassFixture<GeoGraphFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    private async Task<CentralityResponse> CentralityAsync(string query) =>
        await (await _client.GetAsync($"/api/graph/centrality?{query}")).ReadAsync<CentralityResponse>();

    private static IReadOnlyDictionary<string, double> DegreeScores => SeedTopology.Degrees.ToDictionary(pair => pair.Key, pair => (double)pair.Value);

    private static void AssertRanking(IReadOnlyList<KeyValuePair<string, double>> expected, IReadOnlyList<RankedNode> actual, double tolerance = 0)
    {
        Assert.Equal(expected.Select(pair => pair.Key), actual.Select(node => node.Id));
        Assert.All(expected.Zip(actual), pair => Assert.True(Math.Abs(pair.First.Value - pair.Second.Score) <= tolerance, $"{pair.First.Key}: expected {pair.First.Value}, got {pair.Second.Score}"));
    }

    [Theory]
    [InlineData("", 10)]
    [InlineData("measure=degree&top=5", 5)]
    [InlineData("measure=degree&top=6", 6)]
    [InlineData("measure=degree&top=100", 100)]
    public async Task TheDegreeRankingIsTheSeedsDegreesHighestFirstTiesById(string query, int top)
    {
        var response = await CentralityAsync(query);

        Assert.Equal("degree", response.Measure);
        AssertRanking(SeedCentrality.Top(DegreeScores, top), response.Nodes);
        Assert.Equal("donald-trump", response.Nodes[0].Id);
        Assert.All(response.Nodes, node => Assert.False(node.Approximate));
    }

    [Theory]
    [InlineData("degree", "Person")]
    [InlineData("pagerank", "Person")]
    [InlineData("betweenness", "State")]
    [InlineData("degree", "MediaOutlet")]
    public async Task AKindRanksOnlyNodesOfThatKind(string measure, string kind)
    {
        var response = await CentralityAsync($"measure={measure}&kind={kind}&top=100");

        var expected = SeedTopology.NodeIds.Where(id => SeedTopology.NodeOf(id).Kind == kind).Order(StringComparer.Ordinal);
        Assert.Equal(expected, response.Nodes.Select(node => node.Id).Order(StringComparer.Ordinal));
        Assert.All(response.Nodes, node => Assert.Equal(kind, node.Kind));
    }

    [Fact]
    public async Task AmongPersonsTheDegreeRankingIsTheSeedsDegreesOfPersons()
    {
        var response = await CentralityAsync("kind=Person&top=5");

        AssertRanking(SeedCentrality.Top(DegreeScores, 5, id => SeedTopology.NodeOf(id).Kind == "Person"), response.Nodes);
    }

    [Fact]
    public async Task PageRankScoresArePositiveDescendingExactAndMatchPageRankComputedFromTheSeed()
    {
        var response = await CentralityAsync("measure=pagerank&top=10");

        Assert.Equal("pagerank", response.Measure);
        Assert.All(response.Nodes, node => Assert.True(node.Score > 0 && !node.Approximate, $"{node.Id}: {node.Score}"));
        Assert.Equal(response.Nodes.Select(node => node.Score).OrderDescending(), response.Nodes.Select(node => node.Score));
        AssertRanking(SeedCentrality.Top(SeedCentrality.PageRank(), 5), [.. response.Nodes.Take(5)], 1e-6);
    }

    [Fact]
    public async Task PageRankScoresOfEveryNodeSumToOne()
    {
        var kinds = SeedTopology.NodeIds.Select(id => SeedTopology.NodeOf(id).Kind).Distinct().ToList();
        var total = 0.0;
        var count = 0;
        foreach (var kind in kinds)
        {
            var nodes = (await CentralityAsync($"measure=pagerank&kind={kind}&top=100")).Nodes;
            (total, count) = (total + nodes.Sum(node => node.Score), count + nodes.Count);
        }

        Assert.Equal(SeedTopology.NodeIds.Count, count);
        Assert.Equal(1.0, total, 1e-6);
    }

    [Fact]
    public async Task BetweennessRanksTheSameTopFiveAsBrandesOnTheSeed()
    {
        var response = await CentralityAsync("measure=betweenness&top=5");

        Assert.Equal("betweenness", response.Measure);
        Assert.Equal(SeedCentrality.Top(SeedCentrality.Betweenness(), 5).Select(pair => pair.Key), response.Nodes.Select(node => node.Id));
        // Trump links the most otherwise distant parts of the story (the deal, the Oval Office row, NATO, tariffs).
        Assert.Equal("donald-trump", response.Nodes[0].Id);
        Assert.All(response.Nodes, node => Assert.False(node.Approximate));
    }

    [Fact]
    public async Task BetweennessScoresMatchBrandesOnTheSeedWithinOneMillionth()
    {
        var response = await CentralityAsync("measure=betweenness&top=5");

        AssertRanking(SeedCentrality.Top(SeedCentrality.Betweenness(), 5), response.Nodes, 1e-6);
    }

    [Theory]
    [InlineData("measure=closeness", "measure")]
    [InlineData("measure=PageRank", "measure")]
    [InlineData("top=0", "top")]
    [InlineData("top=101", "top")]
    [InlineData("top=many", "top")]
    [InlineData("kind=Wizard", "kind")]
    public async Task ABadMeasureTopOrKindIsAnErrorOnItsField(string query, string field)
    {
        var response = await _client.GetAsync($"/api/graph/centrality?{query}");

        await response.AssertFieldErrorAsync(field, HttpStatusCode.BadRequest);
    }
}
