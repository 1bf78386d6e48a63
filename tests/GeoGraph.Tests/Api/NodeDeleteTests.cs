using System.Net;
using GeoGraph.Api.Validation;
using GeoGraph.Core.Graph;
using GeoGraph.Core.Model;
using GeoGraph.Tests.Infrastructure;

namespace GeoGraph.Tests.Api;

/// <summary>Deleting nodes: refused while relations touch them, unless cascade=true takes the relations along.</summary>
public class NodeDeleteTests(GeoGraphFactory factory) : IClassFixture<GeoGraphFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    public static TheoryData<NodeCategory> Categories => NodeRoute.Categories;

    /// <summary>Creates a node of the category with one relation from it and one to it; returns the ids.</summary>
    private async Task<(string Node, string Outgoing, string Incoming)> CreateConnectedNodeAsync(NodeCategory category)
    {
        var route = NodeRoute.Of(category);
        var id = RequestBodies.UniqueId("doomed");
        await _client.CreateAsync(route.Path, RequestBodies.Node(route, id, "Doomed"));
        var (outgoing, incoming) = (RequestBodies.UniqueId("out"), RequestBodies.UniqueId("in"));
        await _client.CreateAsync("/api/relations", RequestBodies.Relation(outgoing, "ABOUT", id, "ukraine"));
        await _client.CreateAsync("/api/relations", RequestBodies.Relation(incoming, "ABOUT", "kiel-institute", id));
        return (id, outgoing, incoming);
    }

    private async Task<IReadOnlyList<Relation>> RelationsAsync(string query) =>
        (await (await _client.GetAsync($"/api/relations?{query}&limit=200")).ReadAsync<PageResponse<Relation>>()).Items;

    [Theory, MemberData(nameof(Categories))]
    public async Task ANodeWithoutRelationsIsDeleted(NodeCategory category)
    {
        var route = NodeRoute.Of(category);
        var id = RequestBodies.UniqueId("lonely");
        await _client.CreateAsync(route.Path, RequestBodies.Node(route, id, "Lonely"));

        var response = await _client.DeleteAsync($"{route.Path}/{id}");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        await (await _client.GetAsync($"/api/nodes/{id}")).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Theory, MemberData(nameof(Categories))]
    public async Task ANodeWithRelationsIsAConflictAndNothingIsDeleted(NodeCategory category)
    {
        var (id, outgoing, incoming) = await CreateConnectedNodeAsync(category);

        var response = await _client.DeleteAsync($"{NodeRoute.Of(category).Path}/{id}");

        await response.AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync($"/api/nodes/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync($"/api/relations/{outgoing}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync($"/api/relations/{incoming}")).StatusCode);
    }

    [Theory, MemberData(nameof(Categories))]
    public async Task CascadeDeletesTheNodeAndItsRelationsButNotTheNodesAtTheOtherEnd(NodeCategory category)
    {
        var (id, outgoing, incoming) = await CreateConnectedNodeAsync(category);

        var response = await _client.DeleteAsync($"{NodeRoute.Of(category).Path}/{id}?cascade=true");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        await (await _client.GetAsync($"/api/nodes/{id}")).AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.Empty(await RelationsAsync($"from={id}"));
        Assert.Empty(await RelationsAsync($"to={id}"));
        await (await _client.GetAsync($"/api/relations/{outgoing}")).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await _client.GetAsync($"/api/relations/{incoming}")).AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync("/api/nodes/ukraine")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync("/api/nodes/kiel-institute")).StatusCode);
        Assert.DoesNotContain(await RelationsAsync("to=ukraine"), relation => relation.From == id);
    }

    [Fact]
    public async Task CascadeOnASeedNodeRemovesExactlyTheRelationsTouchingIt()
    {
        const string Id = "ihor-semko";
        var touching = SeedGraph.Document.Relations.Where(r => r.From == Id || r.To == Id).Select(r => r.Id).ToHashSet();
        Assert.NotEmpty(touching);
        var before = await ArticleRelationIdsAsync();
        Assert.Subset(before, touching);

        Assert.Equal(HttpStatusCode.NoContent, (await _client.DeleteAsync($"/api/actors/{Id}?cascade=true")).StatusCode);

        Assert.Equal(before.Except(touching).Order(), (await ArticleRelationIdsAsync()).Order());
    }

    private async Task<HashSet<string>> ArticleRelationIdsAsync() =>
        (await _client.ReadAllPagesAsync<Relation>($"/api/sources/{SeedGraph.Article.Id}/relations", 200, r => r.Id)).Select(r => r.Id).ToHashSet();

    [Theory, MemberData(nameof(Categories))]
    public async Task DeletingAnUnknownNodeIsNotFound(NodeCategory category)
    {
        var response = await _client.DeleteAsync($"{NodeRoute.Of(category).Path}/{RequestBodies.UniqueId("ghost")}");

        await response.AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task AnEventCannotBeDeletedThroughTheActorsRoute()
    {
        var response = await _client.DeleteAsync("/api/actors/oval-office-meeting-2025-02?cascade=true");

        await response.AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync("/api/events/oval-office-meeting-2025-02")).StatusCode);
    }
}
