using GeoGraph.Api.Analysis;
using GeoGraph.Core.Analysis;
using GeoGraph.Tests.Infrastructure;

namespace GeoGraph.Tests.Queries;

/// <summary><c>GET /api/graph/paths</c>: shortest and k shortest simple paths, checked against paths enumerated from the seed.</summary>
public class PathTests(GeoGraphFactory factory) : IClassFixture<GeoGraphFactory>
{
    private const string Bessent = "scott-bessent";
    private const string Zelensky = "volodymyr-zelensky";

    private readonly HttpClient _client = factory.CreateClient();

    private async Task<PathsResponse> PathsAsync(string from, string to, string query = "") =>
        await (await _client.GetAsync($"/api/graph/paths?from={from}&to={to}{query}")).ReadAsync<PathsResponse>();

    private static string Key(GraphPath path) => string.Join(' ', path.Relations.Select(relation => relation.Id));

    [Fact]
    public async Task TheShortestPathFromBessentToZelenskyRunsThroughTheInitialDraftHePresentedAndZelenskyRejected()
    {
        var response = await PathsAsync(Bessent, Zelensky);

        Assert.Equal((Bessent, Zelensky), (response.From, response.To));
        var path = Assert.Single(response.Paths);
        Assert.Equal(2, path.Hops);
        Assert.Equal(SeedTopology.Distances(Bessent)[Zelensky], path.Hops);
        Assert.Equal([Bessent, "minerals-deal-initial-draft", Zelensky], path.Nodes.Select(node => node.Id));
        Assert.Equal(("PRESENTED", Bessent, "minerals-deal-initial-draft"), (path.Relations[0].Type, path.Relations[0].From, path.Relations[0].To));
        Assert.Equal(("REJECTED", Zelensky, "minerals-deal-initial-draft"), (path.Relations[1].Type, path.Relations[1].From, path.Relations[1].To));
    }

    [Theory]
    [InlineData(Bessent, Zelensky, 1, 4)]
    [InlineData(Bessent, Zelensky, 3, 4)]
    [InlineData(Bessent, Zelensky, 10, 4)]
    [InlineData("kiel-institute", "donald-trump", 10, 4)]
    [InlineData("donald-trump", "ukraine", 5, 2)]
    [InlineData(Bessent, "jd-vance", 10, 4)]
    [InlineData("jd-vance", "minerals-deal", 8, 3)]
    public async Task TheKShortestPathsAreTheShortestSimplePathsOfTheSeedShortestFirstAndAllDistinct(string from, string to, int k, int maxHops)
    {
        var response = await PathsAsync(from, to, $"&k={k}&maxHops={maxHops}");

        var seed = SeedTopology.SimplePaths(from, to, maxHops);
        var expectedHops = seed.Select(path => path.Count).Order().Take(k);
        Assert.Equal(expectedHops, response.Paths.Select(path => path.Hops));
        Assert.Equal(response.Paths.Count, response.Paths.Select(Key).Distinct().Count());
        Assert.All(response.Paths, path => Assert.Equal(path.Nodes.Count, path.Nodes.Select(node => node.Id).Distinct().Count()));
        var seedKeys = seed.Select(path => string.Join(' ', path)).ToHashSet();
        Assert.All(response.Paths, path => Assert.Contains(Key(path), seedKeys));
    }

    [Theory]
    [InlineData(Bessent, Zelensky, "")]
    [InlineData(Bessent, Zelensky, "&k=10")]
    [InlineData("kiel-institute", "donald-trump", "&k=6&maxHops=6")]
    [InlineData("critical-minerals", Zelensky, "&k=5&direction=in")]
    public async Task EachRelationOfAPathJoinsTwoConsecutiveNodesAsInTheSeed(string from, string to, string query)
    {
        var response = await PathsAsync(from, to, query);

        Assert.NotEmpty(response.Paths);
        Assert.All(response.Paths, path =>
        {
            Assert.Equal(path.Relations.Count + 1, path.Nodes.Count);
            Assert.Equal((from, to), (path.Nodes[0].Id, path.Nodes[^1].Id));
            for (var i = 0; i < path.Relations.Count; i++)
            {
                var relation = path.Relations[i];
                var seed = SeedTopology.RelationOf(relation.Id);
                Assert.Equal((seed.Type, seed.From, seed.To), (relation.Type, relation.From, relation.To));
                Assert.Equal(new[] { path.Nodes[i].Id, path.Nodes[i + 1].Id }.Order(), new[] { relation.From, relation.To }.Order());
            }
        });
    }

    [Theory]
    [InlineData(Bessent, Zelensky, "out")]
    [InlineData(Bessent, "minerals-deal", "out")]
    [InlineData(Zelensky, "critical-minerals", "out")]
    [InlineData("jd-vance", "minerals-deal", "out")]
    [InlineData("critical-minerals", Zelensky, "in")]
    [InlineData("minerals-deal", Bessent, "in")]
    [InlineData(Bessent, "minerals-deal", "in")]
    public async Task ADirectionIsFollowedAlongEveryRelationOrNoPathIsGiven(string from, string to, string direction)
    {
        var response = await PathsAsync(from, to, $"&direction={direction}&k=5&maxHops=5");

        var expectedHops = SeedTopology.SimplePaths(from, to, 5, direction).Select(path => path.Count).Order().Take(5);
        Assert.Equal(expectedHops, response.Paths.Select(path => path.Hops));
        Assert.All(response.Paths, path =>
        {
            for (var i = 0; i < path.Relations.Count; i++)
            {
                var (near, far) = direction == "out" ? (path.Relations[i].From, path.Relations[i].To) : (path.Relations[i].To, path.Relations[i].From);
                Assert.Equal((path.Nodes[i].Id, path.Nodes[i + 1].Id), (near, far));
            }
        });
    }

    [Fact]
    public async Task WithOneHopAllowedTwoNodesThatAreNotAdjacentHaveNoPath()
    {
        Assert.DoesNotContain(Zelensky, Api.SeedGraph.NeighboursOf(Bessent));

        var response = await PathsAsync(Bessent, Zelensky, "&maxHops=1&k=3");

        Assert.Empty(response.Paths);
    }

    [Theory]
    [InlineData("PRESENTED", "REJECTED")]
    [InlineData("PRESENTED", "PART_OF", "PROPOSED", "SUPPORTS")]
    public async Task TheTypeFilterFollowsOnlyRelationsOfThoseTypes(params string[] types)
    {
        var response = await PathsAsync(Bessent, Zelensky, "&k=5&" + string.Join('&', types.Select(type => $"types={type}")));

        Assert.NotEmpty(response.Paths);
        Assert.All(response.Paths.SelectMany(path => path.Relations), relation => Assert.Contains(relation.Type, types));
    }
}
