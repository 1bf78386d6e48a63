using System.Text.Json;
using GeoGraph.Api.Analysis;
using GeoGraph.Core.Model;
using GeoGraph.Tests.Api;
using GeoGraph.Tests.Infrastructure;

namespace GeoGraph.Tests.Queries;

/// <summary><c>GET /api/graph/neighborhood/{id}</c>: the ego network of a node as Cytoscape elements, checked against the seed.</summary>
public class NeighborhoodTests(GeoGraphFactory factory) : IClassFixture<GeoGraphFactory>
{
    private const string Zelensky = "volodymyr-zelensky";

    private static readonly string[] EdgeKeys = ["id", "source", "target", "type"];

    private readonly HttpClient _client = factory.CreateClient();

    private async Task<CytoscapeElements> NeighborhoodAsync(string query = "", string id = Zelensky) =>
        await (await _client.GetAsync($"/api/graph/neighborhood/{id}{query}")).ReadAsync<CytoscapeElements>();

    private static Dictionary<string, int> Hops(CytoscapeElements elements) => elements.Nodes.ToDictionary(node => node.Data.Id, node => node.Data.Hop);

    [Fact]
    public async Task TheAnswerIsShapedAsCytoscapeElements()
    {
        var response = await _client.GetAsync($"/api/graph/neighborhood/{Zelensky}");
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.False(body.GetProperty("truncated").GetBoolean());
        var nodes = body.GetProperty("nodes").EnumerateArray().Select(node => node.GetProperty("data")).ToList();
        var edges = body.GetProperty("edges").EnumerateArray().Select(edge => edge.GetProperty("data")).ToList();
        Assert.NotEmpty(nodes);
        Assert.NotEmpty(edges);
        Assert.All(nodes, data => Assert.Equal(["category", "hop", "id", "kind", "label"], data.EnumerateObject().Select(p => p.Name).Order()));
        Assert.All(nodes, data => Assert.Equal(JsonValueKind.Number, data.GetProperty("hop").ValueKind));
        Assert.All(edges, data => Assert.All(EdgeKeys, key => Assert.Equal(JsonValueKind.String, data.GetProperty(key).ValueKind)));
        var centre = Assert.Single(nodes, data => data.GetProperty("hop").GetInt32() == 0);
        Assert.Equal(Zelensky, centre.GetProperty("id").GetString());
        Assert.Equal("Volodymyr Zelensky", centre.GetProperty("label").GetString());
        Assert.Equal("Person", centre.GetProperty("kind").GetString());
        Assert.Equal("actor", centre.GetProperty("category").GetString());
    }

    [Fact]
    public async Task DepthOneHoldsExactlyZelenskyAndHisSeedNeighboursJoinedByExactlyHisRelations()
    {
        var elements = await NeighborhoodAsync("?depth=1");

        var expectedNodes = SeedGraph.NeighboursOf(Zelensky).Append(Zelensky).Order(StringComparer.Ordinal);
        Assert.Equal(expectedNodes, elements.Nodes.Select(node => node.Data.Id).Order(StringComparer.Ordinal));
        Assert.All(elements.Nodes, node => Assert.Equal(node.Data.Id == Zelensky ? 0 : 1, node.Data.Hop));
        Assert.All(elements.Nodes, node => Assert.Equal((SeedTopology.NodeOf(node.Data.Id).Name, SeedTopology.NodeOf(node.Data.Id).Kind), (node.Data.Label, node.Data.Kind)));
        Assert.Equal(SeedTopology.RelationsOf(Zelensky).Select(r => r.Id).Order(StringComparer.Ordinal), elements.Edges.Select(edge => edge.Data.Id).Order(StringComparer.Ordinal));
        Assert.All(elements.Edges, edge => Assert.Equal(
            (SeedTopology.RelationOf(edge.Data.Id).From, SeedTopology.RelationOf(edge.Data.Id).To, SeedTopology.RelationOf(edge.Data.Id).Type),
            (edge.Data.Source, edge.Data.Target, edge.Data.Type)));
        Assert.Contains(elements.Edges, edge => edge.Data is { Source: "donald-trump", Target: Zelensky, Type: "ACCUSED" });
        Assert.False(elements.Truncated);
    }

    [Theory]
    [InlineData(Zelensky, 1)]
    [InlineData(Zelensky, 2)]
    [InlineData("scott-bessent", 3)]
    [InlineData("kiel-institute", 2)]
    public async Task EveryEdgeJoinsTwoOfTheReturnedNodes(string id, int depth)
    {
        var elements = await NeighborhoodAsync($"?depth={depth}", id);

        var nodes = Hops(elements);
        Assert.NotEmpty(elements.Edges);
        Assert.All(elements.Edges, edge => Assert.True(nodes.ContainsKey(edge.Data.Source) && nodes.ContainsKey(edge.Data.Target), $"{edge.Data.Id} leaves the node set"));
    }

    [Fact]
    public async Task DepthTwoGivesEveryNodeWithinTwoHopsAtItsSeedDistance()
    {
        var elements = await NeighborhoodAsync("?depth=2&limit=1000");

        var expected = SeedTopology.Distances(Zelensky).Where(pair => pair.Value <= 2).ToDictionary();
        Assert.Equal(expected.OrderBy(pair => pair.Key, StringComparer.Ordinal), Hops(elements).OrderBy(pair => pair.Key, StringComparer.Ordinal));
        Assert.Equal([0, 1, 2], elements.Nodes.Select(node => node.Data.Hop).Distinct().Order());
        // The article: Bessent presented the draft Zelensky rejected, so he is two hops out.
        Assert.Equal(2, Hops(elements)["scott-bessent"]);
        Assert.False(elements.Truncated);
    }

    [Theory]
    [InlineData("ACCUSED")]
    [InlineData("ACCUSED", "CRITICIZED")]
    [InlineData("PARTICIPATED_IN")]
    public async Task TheTypeFilterKeepsOnlyRelationsOfThoseTypes(params string[] types)
    {
        var elements = await NeighborhoodAsync("?" + string.Join('&', types.Select(type => $"types={type}")));

        var expected = SeedTopology.RelationsOf(Zelensky).Where(r => types.Contains(r.Type)).ToList();
        Assert.NotEmpty(elements.Edges);
        Assert.All(elements.Edges, edge => Assert.Contains(edge.Data.Type, types));
        Assert.Equal(expected.Select(r => r.Id).Order(StringComparer.Ordinal), elements.Edges.Select(edge => edge.Data.Id).Order(StringComparer.Ordinal));
        Assert.Equal(expected.Select(r => SeedTopology.OtherEnd(r, Zelensky)).Append(Zelensky).ToHashSet(), Hops(elements).Keys.ToHashSet());
    }

    [Theory]
    [InlineData("out")]
    [InlineData("in")]
    public async Task TheDirectionKeepsOnlyRelationsOnThatSideOfTheCentre(string direction)
    {
        var elements = await NeighborhoodAsync($"?direction={direction}");

        var expected = SeedTopology.RelationsOf(Zelensky, direction).Select(r => r.Id).Order(StringComparer.Ordinal);
        Assert.All(elements.Edges, edge => Assert.Equal(Zelensky, direction == "out" ? edge.Data.Source : edge.Data.Target));
        Assert.Equal(expected, elements.Edges.Select(edge => edge.Data.Id).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("out")]
    [InlineData("in")]
    public async Task AtDepthTwoEveryEdgeLeadsAwayFromTheCentreTheWayAsked(string direction)
    {
        var elements = await NeighborhoodAsync($"?direction={direction}&depth=2&limit=1000");

        var hops = Hops(elements);
        var expected = SeedTopology.Distances(Zelensky, direction).Where(pair => pair.Value <= 2).ToDictionary();
        Assert.Equal(expected.OrderBy(pair => pair.Key, StringComparer.Ordinal), hops.OrderBy(pair => pair.Key, StringComparer.Ordinal));
        Assert.All(elements.Edges, edge =>
        {
            var (near, far) = direction == "out" ? (edge.Data.Source, edge.Data.Target) : (edge.Data.Target, edge.Data.Source);
            Assert.True(hops[near] < 2 && hops[far] <= hops[near] + 1, $"{edge.Data.Id} does not follow {direction}");
        });
    }

    [Theory]
    [InlineData("Person")]
    [InlineData("Meeting", "Statement")]
    public async Task TheKindFilterKeepsOnlyNeighboursOfThoseKinds(params string[] kinds)
    {
        var elements = await NeighborhoodAsync("?" + string.Join('&', kinds.Select(kind => $"kinds={kind}")));

        var expected = SeedGraph.NeighboursOf(Zelensky).Where(id => kinds.Contains(SeedTopology.NodeOf(id).Kind)).Append(Zelensky);
        Assert.Equal(expected.Order(StringComparer.Ordinal), elements.Nodes.Select(node => node.Data.Id).Order(StringComparer.Ordinal));
        Assert.All(elements.Nodes.Where(node => node.Data.Hop > 0), node => Assert.Contains(node.Data.Kind, kinds));
        Assert.Contains(elements.Nodes, node => node.Data.Hop == 1);
    }

    [Theory]
    [InlineData("2025-02", "2025-02")]
    [InlineData("2025-03-31", "2025-12")]
    [InlineData("2024", "2024")]
    [InlineData("2025-03", null)]
    [InlineData(null, "2024-12-31")]
    public async Task DateBoundsKeepOnlyRelationsDatedInTheRange(string? from, string? to)
    {
        var elements = await NeighborhoodAsync("?" + (from is null ? "" : $"from={from}&") + (to is null ? "" : $"to={to}"));

        var (lower, upper) = (PartialDate.Parse(from ?? "0001"), PartialDate.Parse(to ?? "9999"));
        var expected = SeedTopology.RelationsOf(Zelensky).Where(r => SeedGraph.Overlaps(r, lower, upper)).ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected.Select(r => r.Id).Order(StringComparer.Ordinal), elements.Edges.Select(edge => edge.Data.Id).Order(StringComparer.Ordinal));
        Assert.All(elements.Edges, edge => Assert.NotNull(edge.Data.Date));
        Assert.Equal(expected.Select(r => SeedTopology.OtherEnd(r, Zelensky)).Append(Zelensky).ToHashSet(), Hops(elements).Keys.ToHashSet());
    }
}
