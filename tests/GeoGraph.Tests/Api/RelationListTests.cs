using GeoGraph.Api.Validation;
using GeoGraph.Core.Model;
using GeoGraph.Tests.Infrastructure;

namespace GeoGraph.Tests.Api;

/// <summary>Filters of <c>GET /api/relations</c>, checked against the seed JSON. Read-only.</summary>
public class RelationListTests(GeoGraphFactory factory) : IClassFixture<GeoGraphFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    private async Task<IReadOnlyList<Relation>> ListAsync(string query)
    {
        var page = await (await _client.GetAsync($"/api/relations?limit=200&{query}")).ReadAsync<PageResponse<Relation>>();
        Assert.Null(page.NextCursor);
        return page.Items;
    }

    private async Task AssertListsAsync(string query, Func<Relation, bool> expected)
    {
        var relations = await ListAsync(query);

        var ids = SeedGraph.Document.Relations.Where(expected).Select(relation => relation.Id).Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(ids);
        Assert.Equal(ids, relations.Select(relation => relation.Id));
    }

    [Theory]
    [InlineData("ACCUSED")]
    [InlineData("PARTICIPATED_IN")]
    [InlineData("SUPERSEDES")]
    public async Task TheTypeFilterKeepsOnlyThatType(string type) =>
        await AssertListsAsync($"type={type}", relation => relation.Type == type);

    [Fact]
    public async Task SeveralTypesCanBeAskedForAtOnce() =>
        await AssertListsAsync("type=ACCUSED&type=THREATENED", relation => relation.Type is "ACCUSED" or "THREATENED");

    [Theory]
    [InlineData("donald-trump")]
    [InlineData("kiel-institute")]
    public async Task TheFromFilterKeepsRelationsStartingAtThatNode(string from) =>
        await AssertListsAsync($"from={from}", relation => relation.From == from);

    [Theory]
    [InlineData("volodymyr-zelensky")]
    [InlineData("oval-office-meeting-2025-02")]
    public async Task TheToFilterKeepsRelationsPointingToThatNode(string to) =>
        await AssertListsAsync($"to={to}", relation => relation.To == to);

    [Fact]
    public async Task FiltersCombine() =>
        await AssertListsAsync("type=ACCUSED&from=donald-trump&to=volodymyr-zelensky",
            relation => relation is { Type: "ACCUSED", From: "donald-trump", To: "volodymyr-zelensky" });

    [Theory]
    [InlineData("2025-03-31", "2025-03-31")]
    [InlineData("2025-02", "2025-02")]
    [InlineData("2025-03", "2025-12")]
    [InlineData("2024", "2025-02-15")]
    public async Task TheDateRangeKeepsRelationsDatedWithinIt(string from, string to)
    {
        var (start, end) = (PartialDate.Parse(from), PartialDate.Parse(to));

        await AssertListsAsync($"dateFrom={from}&dateTo={to}", relation => SeedGraph.Overlaps(relation, start, end));
    }

    [Fact]
    public async Task AnOpenDateRangeKeepsEverythingDatedOnOrAfterItsStart()
    {
        var start = PartialDate.Parse("2025-03");

        await AssertListsAsync("dateFrom=2025-03", relation => SeedGraph.Overlaps(relation, start, PartialDate.Parse("9999")));
    }

    [Fact]
    public async Task ANodeWithoutRelationsOfThatTypeListsNothing()
    {
        Assert.DoesNotContain(SeedGraph.Document.Relations, relation => relation is { From: "kiel-institute", Type: "ACCUSED" });

        Assert.Empty(await ListAsync("from=kiel-institute&type=ACCUSED"));
    }
}
