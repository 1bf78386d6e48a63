using GeoGraph.Core.Analysis;
using GeoGraph.Tests.Api;
using GeoGraph.Tests.Infrastructure;

namespace GeoGraph.Tests.Queries;

/// <summary><c>GET /api/graph/stats</c>: counts and the degree distribution, all computed again from the seed JSON.</summary>
public class GraphStatsTests(GeoGraphFactory factory) : IClassFixture<GeoGraphFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    private async Task<GraphStats> StatsAsync() => await (await _client.GetAsync("/api/graph/stats")).ReadAsync<GraphStats>();

    private static int[] SortedDegrees => [.. SeedTopology.Degrees.Values.Order()];

    [Fact]
    public async Task TheCountsAreThoseOfTheSeed()
    {
        var stats = await StatsAsync();

        Assert.Equal(SeedGraph.Document.Nodes.Count, stats.NodeCount);
        Assert.Equal(SeedGraph.Document.Relations.Count, stats.RelationCount);
        // The README: the seed has 105 nodes and 229 relations.
        Assert.Equal((105, 229), (stats.NodeCount, stats.RelationCount));
    }

    [Fact]
    public async Task NodesByKindCountTheSeedsNodesOfEachKind()
    {
        var stats = await StatsAsync();

        var expected = SeedGraph.Document.Nodes.CountBy(node => node.Kind).OrderBy(pair => pair.Key, StringComparer.Ordinal);
        Assert.Equal(expected, stats.NodesByKind.OrderBy(pair => pair.Key, StringComparer.Ordinal));
        Assert.Equal(10, stats.NodesByKind["Person"]);
    }

    [Fact]
    public async Task RelationsByTypeCountTheSeedsRelationsOfEachType()
    {
        var stats = await StatsAsync();

        var expected = SeedGraph.Document.Relations.CountBy(relation => relation.Type).OrderBy(pair => pair.Key, StringComparer.Ordinal);
        Assert.Equal(expected, stats.RelationsByType.OrderBy(pair => pair.Key, StringComparer.Ordinal));
        Assert.Equal(1, stats.RelationsByType["CONTRADICTS"]);
    }

    [Fact]
    public async Task TheDegreeMinimumMaximumAndMeanAreThoseOfTheSeed()
    {
        var stats = await StatsAsync();

        var degrees = SortedDegrees;
        Assert.Equal(degrees[0], stats.Degree.Min);
        Assert.Equal(degrees[^1], stats.Degree.Max);
        Assert.Equal(degrees.Average(), stats.Degree.Mean, 0.001);
        // Each relation adds one to the degree of both its ends.
        Assert.Equal(2.0 * SeedGraph.Document.Relations.Count / SeedGraph.Document.Nodes.Count, stats.Degree.Mean, 0.001);
        // Trump is the best connected node of the story.
        Assert.Equal(SeedTopology.Degrees["donald-trump"], stats.Degree.Max);
    }

    [Fact]
    public async Task TheDegreeMedianAndPercentilesAreThoseOfTheSeed()
    {
        var stats = await StatsAsync();

        var degrees = SortedDegrees;
        var n = degrees.Length;
        var median = n % 2 == 1 ? degrees[n / 2] : (degrees[n / 2 - 1] + degrees[n / 2]) / 2.0;
        Assert.Equal(median, stats.Degree.Median);
        // Nearest rank: the smallest degree with at least p of the nodes at or below it.
        int NearestRank(double p) => degrees.First(degree => degrees.Count(d => d <= degree) >= p * n);
        Assert.Equal(NearestRank(0.90), stats.Degree.P90);
        Assert.Equal(NearestRank(0.99), stats.Degree.P99);
    }
}
