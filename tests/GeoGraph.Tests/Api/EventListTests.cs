using GeoGraph.Api.Validation;
using GeoGraph.Core.Model;
using GeoGraph.Core.Search;
using GeoGraph.Tests.Infrastructure;

namespace GeoGraph.Tests.Api;

/// <summary>Filters of the node lists, checked against the seed JSON. Read-only.</summary>
public class EventListTests(GeoGraphFactory factory) : IClassFixture<GeoGraphFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    private async Task<IReadOnlyList<Node>> ListAsync(string url)
    {
        var page = await (await _client.GetAsync(url)).ReadAsync<PageResponse<Node>>();
        Assert.Null(page.NextCursor);
        return page.Items;
    }

    private static IEnumerable<Node> SeedEvents => SeedGraph.NodesOf(NodeCategory.Event);

    [Fact]
    public async Task AMonthRangeKeepsEventsOverlappingThatMonthOnly()
    {
        var events = await ListAsync("/api/events?from=2025-02&to=2025-02&limit=200");

        var ids = events.Select(node => node.Id).ToList();
        Assert.Contains("oval-office-meeting-2025-02", ids);
        var marchThirtyFirst = SeedEvents.Where(node => node.Date?.ToString() == "2025-03-31").Select(node => node.Id).ToList();
        Assert.NotEmpty(marchThirtyFirst);
        Assert.Empty(ids.Intersect(marchThirtyFirst));
        var february = PartialDate.Parse("2025-02");
        Assert.Equal(SeedEvents.Where(node => SeedGraph.Overlaps(node, february, february)).Select(node => node.Id).Order(), ids.Order());
    }

    [Theory]
    [InlineData("2025-03-31", "2025-03-31")]
    [InlineData("2024", "2024")]
    [InlineData("2025-03", "2025-04-30")]
    [InlineData("2024-10-01", "2025-02-27")]
    [InlineData("2025-03", "2025-03-01")]
    public async Task ADateRangeReturnsExactlyTheSeedEventsOverlappingIt(string from, string to)
    {
        var events = await ListAsync($"/api/events?from={from}&to={to}&limit=200");

        var (start, end) = (PartialDate.Parse(from), PartialDate.Parse(to));
        var expected = SeedEvents.Where(node => SeedGraph.Overlaps(node, start, end)).Select(node => node.Id).Order().ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, events.Select(node => node.Id).Order());
    }

    [Fact]
    public async Task TheActorFilterKeepsOnlyEventsRelatedToThatActor()
    {
        var events = await ListAsync("/api/events?actor=volodymyr-zelensky&limit=200");

        var neighbours = SeedGraph.NeighboursOf("volodymyr-zelensky");
        var expected = SeedEvents.Where(node => neighbours.Contains(node.Id)).Select(node => node.Id).Order().ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, events.Select(node => node.Id).Order());
    }

    [Theory]
    [InlineData("Statement")]
    [InlineData("Meeting")]
    [InlineData("Statement", "Proposal")]
    public async Task TheKindFilterKeepsOnlyThoseKinds(params string[] kinds)
    {
        var events = await ListAsync("/api/events?limit=200&" + string.Join('&', kinds.Select(kind => $"kind={kind}")));

        Assert.All(events, node => Assert.Contains(node.Kind, kinds));
        Assert.Equal(SeedEvents.Where(node => kinds.Contains(node.Kind)).Select(node => node.Id).Order(), events.Select(node => node.Id).Order());
    }

    [Theory]
    [InlineData("/api/actors", "zelen", "volodymyr-zelensky")]
    [InlineData("/api/actors", "ZELENSKYY", "volodymyr-zelensky")]
    [InlineData("/api/actors", "leyen", "ursula-von-der-leyen")]
    [InlineData("/api/places", "kyiv", "kyiv")]
    [InlineData("/api/resources", "graph", "graphite")]
    public async Task TheNameFilterFindsNamesAndAliasesContainingTheText(string collection, string text, string expectedId)
    {
        var nodes = await ListAsync($"{collection}?name={text}&limit=200");

        Assert.Contains(expectedId, nodes.Select(node => node.Id));
        var folded = SearchText.Fold(text);
        Assert.All(nodes, node => Assert.Contains(folded, SearchText.Fold(string.Join(' ', [node.Name, .. node.Aliases])), StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(NodeCategory.Actor)]
    [InlineData(NodeCategory.Event)]
    [InlineData(NodeCategory.Claim)]
    [InlineData(NodeCategory.Resource)]
    [InlineData(NodeCategory.Place)]
    public async Task EachCollectionListsExactlyTheSeedNodesOfItsCategory(NodeCategory category)
    {
        var nodes = await ListAsync($"{NodeRoute.Of(category).Path}?limit=200");

        Assert.Equal(SeedGraph.NodesOf(category).Select(node => node.Id).Order(), nodes.Select(node => node.Id).Order());
    }
}
