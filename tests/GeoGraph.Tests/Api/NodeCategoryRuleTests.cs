using System.Net;
using GeoGraph.Core.Model;
using GeoGraph.Tests.Infrastructure;

namespace GeoGraph.Tests.Api;

/// <summary>Each node collection takes only its own kinds and fields, and serves only its own nodes.</summary>
public class NodeCategoryRuleTests(GeoGraphFactory factory) : IClassFixture<GeoGraphFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    public static TheoryData<NodeCategory, NodeCategory> MismatchedCategories
    {
        get
        {
            var data = new TheoryData<NodeCategory, NodeCategory>();
            foreach (var route in Enum.GetValues<NodeCategory>())
            {
                foreach (var kind in Enum.GetValues<NodeCategory>().Where(kind => kind != route))
                    data.Add(route, kind);
            }
            return data;
        }
    }

    [Theory, MemberData(nameof(MismatchedCategories))]
    public async Task AKindOfAnotherCategoryIsAnErrorOnKind(NodeCategory route, NodeCategory kindCategory)
    {
        var body = RequestBodies.Node(NodeRoute.Of(route), RequestBodies.UniqueId("misfiled"), "Misfiled")
            .With("kind", NodeRoute.Of(kindCategory).Kind);

        var response = await _client.PostJsonAsync(NodeRoute.Of(route).Path, body);

        await response.AssertFieldErrorAsync("kind");
    }

    [Theory]
    [InlineData(NodeCategory.Actor, "date", "2025-03-31")]
    [InlineData(NodeCategory.Actor, "endDate", "2025-04")]
    [InlineData(NodeCategory.Actor, "quote", "I see he's trying to back out")]
    [InlineData(NodeCategory.Place, "date", "2025")]
    [InlineData(NodeCategory.Resource, "quote", "rare earth")]
    [InlineData(NodeCategory.Event, "title", "President")]
    [InlineData(NodeCategory.Event, "country", "Ukraine")]
    [InlineData(NodeCategory.Claim, "country", "Ukraine")]
    [InlineData(NodeCategory.Place, "title", "Capital")]
    public async Task AFieldOfAnotherCategoryIsAnErrorOnThatField(NodeCategory category, string field, string value)
    {
        var route = NodeRoute.Of(category);
        var id = RequestBodies.UniqueId("overfilled");

        var response = await _client.PostJsonAsync(route.Path, RequestBodies.Node(route, id, "Overfilled").With(field, value));

        await response.AssertFieldErrorAsync(field);
        await (await _client.GetAsync($"/api/nodes/{id}")).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task AnActorMayHaveATitleAndACountry()
    {
        var route = NodeRoute.Of(NodeCategory.Actor);
        var body = RequestBodies.Node(route, RequestBodies.UniqueId("titled"), "Titled").With("title", "Director").With("country", "Ukraine");

        var created = await (await _client.PostJsonAsync(route.Path, body)).ReadAsync<Node>(HttpStatusCode.Created);

        Assert.Equal(("Director", "Ukraine"), (created.Title, created.Country));
    }

    [Fact]
    public async Task AnEventEndingBeforeItStartsIsAnErrorOnEndDate()
    {
        var route = NodeRoute.Of(NodeCategory.Event);
        var body = RequestBodies.Node(route, RequestBodies.UniqueId("backwards"), "Backwards").With("date", "2025-03-31").With("endDate", "2025-02");

        var response = await _client.PostJsonAsync(route.Path, body);

        await response.AssertFieldErrorAsync("endDate");
    }

    [Theory]
    [InlineData(NodeCategory.Actor)]
    [InlineData(NodeCategory.Event)]
    [InlineData(NodeCategory.Claim)]
    [InlineData(NodeCategory.Resource)]
    [InlineData(NodeCategory.Place)]
    public async Task EverySeedNodeIsServedByItsOwnCollectionOnly(NodeCategory category)
    {
        var seedNode = SeedGraph.NodesOf(category)[0];

        foreach (var route in NodeRoute.All)
        {
            var response = await _client.GetAsync($"{route.Path}/{seedNode.Id}");
            if (route.Category == category)
                Assert.Equal(seedNode.Id, (await response.ReadAsync<Node>()).Id);
            else
                await response.AssertProblemAsync(HttpStatusCode.NotFound);
        }
    }

    [Fact]
    public async Task AnEventIdAskedForAsAnActorIsNotFound()
    {
        var response = await _client.GetAsync("/api/actors/oval-office-meeting-2025-02");

        await response.AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task AnActorCannotBeReplacedThroughTheEventsRoute()
    {
        var events = NodeRoute.Of(NodeCategory.Event);

        var response = await _client.PutJsonAsync($"{events.Path}/donald-trump", RequestBodies.Node(events, null, "Trump as an event"));

        await response.AssertProblemAsync(HttpStatusCode.NotFound);
        var trump = await (await _client.GetAsync("/api/actors/donald-trump")).ReadAsync<Node>();
        Assert.Equal(("Person", "Donald Trump"), (trump.Kind, trump.Name));
    }
}
