using System.Net;
using GeoGraph.Api.Validation;
using GeoGraph.Core.Model;
using GeoGraph.Tests.Infrastructure;

namespace GeoGraph.Tests.Api;

/// <summary>
/// Dates at the ends of the calendar are real dates the validators accept, so lists must filter by them:
/// a month at the end of year 9999 is no reason for a 500. Read-only.
/// </summary>
public class CalendarEdgeQueryTests(GeoGraphFactory factory) : IClassFixture<GeoGraphFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData("to=9999-12")]
    [InlineData("to=9999-12-31")]
    [InlineData("to=9999")]
    [InlineData("from=0001-01&to=9999-12")]
    public async Task AnEventRangeReachingTheLastMonthOfTheCalendarListsEveryDatedEvent(string query)
    {
        var response = await _client.GetAsync($"/api/events?{query}&limit=200");

        var page = await response.ReadAsync<PageResponse<Node>>();
        var dated = SeedGraph.NodesOf(NodeCategory.Event).Where(node => node.Date is not null).Select(node => node.Id).Order();
        Assert.Equal(dated, page.Items.Select(node => node.Id).Order());
    }

    [Theory]
    [InlineData("dateTo=9999-12")]
    [InlineData("dateFrom=2025-03-31&dateTo=9999-12")]
    public async Task ARelationRangeReachingTheLastMonthOfTheCalendarIsServed(string query)
    {
        var response = await _client.GetAsync($"/api/relations?{query}&limit=200");

        var page = await response.ReadAsync<PageResponse<Relation>>();
        Assert.NotEmpty(page.Items);
        Assert.All(page.Items, relation => Assert.NotNull(relation.Date ?? relation.ValidFrom ?? relation.ValidTo));
    }
}

/// <summary>Nodes and relations dated at the ends of the calendar can be stored. Every test writes its own.</summary>
public class CalendarEdgeWriteTests(GeoGraphFactory factory) : IClassFixture<GeoGraphFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData("date", "9999-12")]
    [InlineData("endDate", "9999-12")]
    [InlineData("date", "0001-01")]
    public async Task AnEventDatedAtTheEndsOfTheCalendarCanBeCreated(string field, string date)
    {
        var route = NodeRoute.Of(NodeCategory.Event);
        var body = RequestBodies.Node(route, RequestBodies.UniqueId("edge"), "Edge of time").With(field, date);

        var response = await _client.PostJsonAsync(route.Path, body);

        var created = await response.ReadAsync<Node>(HttpStatusCode.Created);
        Assert.Equal(date, (field == "date" ? created.Date : created.EndDate)?.ToString());
    }

    [Fact]
    public async Task ARelationValidUntilTheLastMonthOfTheCalendarCanBeCreated()
    {
        var body = RequestBodies.Relation(RequestBodies.UniqueId("lasting"), "MEMBER_OF", "italy", "european-union")
            .With("validFrom", "1957").With("validTo", "9999-12");

        var response = await _client.PostJsonAsync("/api/relations", body);

        Assert.Equal("9999-12", (await response.ReadAsync<Relation>(HttpStatusCode.Created)).ValidTo?.ToString());
    }
}
