using GeoGraph.Api.Validation;
using GeoGraph.Core.Model;
using GeoGraph.Tests.Infrastructure;

namespace GeoGraph.Tests.Api;

/// <summary>Cursor paging and the query rules every list shares. Read-only.</summary>
public class ListPagingTests(GeoGraphFactory factory) : IClassFixture<GeoGraphFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    private async Task<List<T>> WalkAsync<T>(string url, int limit, int expectedCount)
    {
        var items = new List<T>();
        string? cursor = null;
        for (var pages = 0; pages <= expectedCount / limit + 1; pages++)
        {
            var query = cursor is null ? "" : $"&cursor={Uri.EscapeDataString(cursor)}";
            var page = await (await _client.GetAsync($"{url}?limit={limit}{query}")).ReadAsync<PageResponse<T>>();
            Assert.InRange(page.Items.Count, 1, limit);
            items.AddRange(page.Items);
            if (page.NextCursor is null)
                return items;
            Assert.Equal(limit, page.Items.Count);
            cursor = page.NextCursor;
        }
        Assert.Fail($"Still a nextCursor after {items.Count} items; the seed has {expectedCount}.");
        return items;
    }

    [Theory]
    [InlineData(3)]
    [InlineData(7)]
    public async Task WalkingTheEventsPageByPageReturnsEveryEventOnceInDateOrder(int limit)
    {
        var seedEvents = SeedGraph.NodesOf(NodeCategory.Event);

        var events = await WalkAsync<Node>("/api/events", limit, seedEvents.Count);

        Assert.Equal(events.Count, events.Select(node => node.Id).Distinct().Count());
        Assert.Equal(seedEvents.Select(node => node.Id).Order(), events.Select(node => node.Id).Order());
        var dated = events.TakeWhile(node => node.Date is not null).ToList();
        Assert.All(events.Skip(dated.Count), node => Assert.Null(node.Date));
        Assert.Equal(dated.Select(node => node.Date!.Value.Start).Order(), dated.Select(node => node.Date!.Value.Start));
        Assert.Equal(seedEvents.Count(node => node.Date is not null), dated.Count);
    }

    [Fact]
    public async Task WalkingTheRelationsPageByPageReturnsEveryRelationOnce()
    {
        var seedRelations = SeedGraph.Document.Relations;

        var relations = await WalkAsync<Relation>("/api/relations", 50, seedRelations.Count);

        Assert.Equal(relations.Count, relations.Select(relation => relation.Id).Distinct().Count());
        Assert.Equal(seedRelations.Select(relation => relation.Id).Order(StringComparer.Ordinal), relations.Select(relation => relation.Id));
    }

    [Fact]
    public async Task TheDefaultPageHoldsFiftyItemsAndACursor()
    {
        Assert.True(SeedGraph.Document.Relations.Count > 50);

        var page = await (await _client.GetAsync("/api/relations")).ReadAsync<PageResponse<Relation>>();

        Assert.Equal(50, page.Items.Count);
        Assert.NotNull(page.NextCursor);
    }

    [Theory]
    [InlineData("/api/events", "cursor=not-a-cursor!", "cursor")]
    [InlineData("/api/events", "cursor=", "cursor")]
    [InlineData("/api/relations", "cursor=Zm9v", "cursor")]
    [InlineData("/api/events", "limit=0", "limit")]
    [InlineData("/api/events", "limit=201", "limit")]
    [InlineData("/api/events", "limit=abc", "limit")]
    [InlineData("/api/actors", "limit=-3", "limit")]
    [InlineData("/api/relations", "limit=1.5", "limit")]
    [InlineData("/api/events", "from=2025-03&to=2025-02", "to")]
    [InlineData("/api/events", "from=2025-03-02&to=2025-03-01", "to")]
    [InlineData("/api/relations", "dateFrom=2025&dateTo=2024-12-31", "dateTo")]
    [InlineData("/api/events", "from=2025-02-30", "from")]
    [InlineData("/api/events", "to=March", "to")]
    [InlineData("/api/events", "actor=Volodymyr Zelensky", "actor")]
    [InlineData("/api/relations", "from=Donald_Trump", "from")]
    [InlineData("/api/events", "kind=Wizard", "kind[0]")]
    [InlineData("/api/relations", "type=LIKES", "type[0]")]
    public async Task ABadQueryValueIsAnErrorOnThatField(string collection, string query, string field)
    {
        var response = await _client.GetAsync($"{collection}?{query}");

        await response.AssertFieldErrorAsync(field);
    }
}
