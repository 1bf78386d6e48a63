using GeoGraph.Api.Analysis;
using GeoGraph.Tests.Api;
using GeoGraph.Tests.Infrastructure;

namespace GeoGraph.Tests.Queries;

/// <summary>The per-hop cap of <c>GET /api/graph/neighborhood/{id}</c> and the <c>truncated</c> flag.</summary>
public class NeighborhoodLimitTests(GeoGraphFactory factory) : IClassFixture<GeoGraphFactory>
{
    private const string Zelensky = "volodymyr-zelensky";

    private readonly HttpClient _client = factory.CreateClient();

    private static int NeighbourCount => SeedGraph.NeighboursOf(Zelensky).Count;

    private async Task<CytoscapeElements> NeighborhoodAsync(string query) =>
        await (await _client.GetAsync($"/api/graph/neighborhood/{Zelensky}{query}")).ReadAsync<CytoscapeElements>();

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public async Task ALimitOfThreeKeepsAtMostThreeNodesAtEachHopAndSaysNodesWereCut(int depth)
    {
        var elements = await NeighborhoodAsync($"?depth={depth}&limit=3");

        var perHop = elements.Nodes.GroupBy(node => node.Data.Hop).ToDictionary(group => group.Key, group => group.Count());
        Assert.Equal(1, perHop[0]);
        Assert.Equal(3, perHop[1]);
        Assert.All(perHop, pair => Assert.InRange(pair.Value, 1, 3));
        Assert.All(perHop.Keys, hop => Assert.InRange(hop, 0, depth));
        Assert.True(elements.Truncated);
    }

    [Fact]
    public async Task ACutNodeTakesNoEdgeAlong()
    {
        var elements = await NeighborhoodAsync("?limit=3");

        var kept = elements.Nodes.Select(node => node.Data.Id).ToHashSet();
        var expected = SeedTopology.RelationsOf(Zelensky).Where(r => kept.Contains(SeedTopology.OtherEnd(r, Zelensky))).Select(r => r.Id).Order(StringComparer.Ordinal);
        Assert.Equal(expected, elements.Edges.Select(edge => edge.Data.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task ALimitEqualToTheNumberOfNeighboursCutsNothing()
    {
        var elements = await NeighborhoodAsync($"?limit={NeighbourCount}");

        Assert.False(elements.Truncated);
        Assert.Equal(NeighbourCount, elements.Nodes.Count(node => node.Data.Hop == 1));
    }

    [Fact]
    public async Task ALimitOneBelowTheNumberOfNeighboursCutsOneAndSaysSo()
    {
        var elements = await NeighborhoodAsync($"?limit={NeighbourCount - 1}");

        Assert.True(elements.Truncated);
        Assert.Equal(NeighbourCount - 1, elements.Nodes.Count(node => node.Data.Hop == 1));
        Assert.All(elements.Nodes, node => Assert.True(node.Data.Id == Zelensky || SeedGraph.NeighboursOf(Zelensky).Contains(node.Data.Id)));
    }
}
