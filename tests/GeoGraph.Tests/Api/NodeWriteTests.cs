using System.Net;
using GeoGraph.Core.Model;
using GeoGraph.Tests.Infrastructure;

namespace GeoGraph.Tests.Api;

/// <summary>Create and replace on every node collection (<c>/api/actors</c>, <c>/api/events</c>, ...). Every test writes nodes of its own.</summary>
public class NodeWriteTests(GeoGraphFactory factory) : IClassFixture<GeoGraphFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    public static TheoryData<NodeCategory> Categories => NodeRoute.Categories;

    [Theory, MemberData(nameof(Categories))]
    public async Task ACreatedNodeIsAtItsLocation(NodeCategory category)
    {
        var route = NodeRoute.Of(category);
        var id = RequestBodies.UniqueId("created");

        var response = await _client.PostJsonAsync(route.Path, RequestBodies.Node(route, id, "Created Node"));

        var created = await response.ReadAsync<Node>(HttpStatusCode.Created);
        Assert.Equal($"{route.Path}/{id}", response.Headers.Location?.OriginalString);
        var fetched = await (await _client.GetAsync(response.Headers.Location)).ReadAsync<Node>();
        foreach (var node in new[] { created, fetched })
        {
            Assert.Equal(id, node.Id);
            Assert.Equal(route.Kind, node.Kind);
            Assert.Equal(category, node.Category);
            Assert.Equal("Created Node", node.Name);
            Assert.Equal(["Created Node alias"], node.Aliases);
            Assert.Equal(route.Date, node.Date?.ToString());
            Assert.Equal(new Provenance(SeedGraph.Article.Id, "a passage written for a test"), node.Provenance);
        }
        Assert.Equal(id, (await (await _client.GetAsync($"/api/nodes/{id}")).ReadAsync<Node>()).Id);
    }

    [Theory, MemberData(nameof(Categories))]
    public async Task TheIdIsMadeFromTheNameWhenLeftOut(NodeCategory category)
    {
        var route = NodeRoute.Of(category);
        var unique = Guid.NewGuid().ToString("N");

        var response = await _client.PostJsonAsync(route.Path, RequestBodies.Node(route, null, $"  Named Ünïque Node {unique} "));

        var created = await response.ReadAsync<Node>(HttpStatusCode.Created);
        Assert.Equal($"named-unique-node-{unique}", created.Id);
        Assert.Equal($"Named Ünïque Node {unique}", created.Name);
        Assert.Equal($"{route.Path}/{created.Id}", response.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync($"{route.Path}/{created.Id}")).StatusCode);
    }

    [Theory]
    [InlineData(99)]
    [InlineData(100)]
    public async Task ANameOfOneLongWordMakesAnIdOfThatWordUpToTheLongestSlug(int length)
    {
        var route = NodeRoute.Of(NodeCategory.Actor);
        var name = Guid.NewGuid().ToString("N")[..8] + new string('q', length - 8);

        var response = await _client.PostJsonAsync(route.Path, RequestBodies.Node(route, null, name));

        Assert.Equal(name, (await response.ReadAsync<Node>(HttpStatusCode.Created)).Id);
    }

    [Theory, MemberData(nameof(Categories))]
    public async Task CreatingAnIdTwiceIsAConflict(NodeCategory category)
    {
        var route = NodeRoute.Of(category);
        var body = RequestBodies.Node(route, RequestBodies.UniqueId("twice"), "First");
        await _client.CreateAsync(route.Path, body);

        var response = await _client.PostJsonAsync(route.Path, body.With("name", "Second"));

        await response.AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("First", (await (await _client.GetAsync($"{route.Path}/{body["id"]}")).ReadAsync<Node>()).Name);
    }

    [Theory, MemberData(nameof(Categories))]
    public async Task TheIdOfASeedNodeOfAnotherCategoryIsTakenToo(NodeCategory category)
    {
        var route = NodeRoute.Of(category);
        var taken = SeedGraph.Document.Nodes.First(node => node.Category != category).Id;

        var response = await _client.PostJsonAsync(route.Path, RequestBodies.Node(route, taken, "Impostor"));

        await response.AssertProblemAsync(HttpStatusCode.Conflict);
    }

    [Theory, MemberData(nameof(Categories))]
    public async Task AReplacedNodeShowsTheChange(NodeCategory category)
    {
        var route = NodeRoute.Of(category);
        var id = RequestBodies.UniqueId("replaced");
        await _client.CreateAsync(route.Path, RequestBodies.Node(route, id, "Before"));

        var replacement = RequestBodies.Node(route, null, "After").With("aliases", null).With("description", "Changed by a test.");
        var response = await _client.PutJsonAsync($"{route.Path}/{id}", replacement);

        var replaced = await response.ReadAsync<Node>();
        var fetched = await (await _client.GetAsync($"{route.Path}/{id}")).ReadAsync<Node>();
        foreach (var node in new[] { replaced, fetched })
        {
            Assert.Equal(id, node.Id);
            Assert.Equal("After", node.Name);
            Assert.Empty(node.Aliases);
            Assert.Equal("Changed by a test.", node.Description);
        }
    }

    [Theory, MemberData(nameof(Categories))]
    public async Task ReplacingAnUnknownNodeIsNotFoundAndCreatesNothing(NodeCategory category)
    {
        var route = NodeRoute.Of(category);
        var id = RequestBodies.UniqueId("missing");

        var response = await _client.PutJsonAsync($"{route.Path}/{id}", RequestBodies.Node(route, id, "Missing"));

        await response.AssertProblemAsync(HttpStatusCode.NotFound);
        await (await _client.GetAsync($"/api/nodes/{id}")).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Theory, MemberData(nameof(Categories))]
    public async Task ABodyIdDifferentFromTheRouteIdIsAnErrorOnId(NodeCategory category)
    {
        var route = NodeRoute.Of(category);
        var id = RequestBodies.UniqueId("kept");
        await _client.CreateAsync(route.Path, RequestBodies.Node(route, id, "Kept"));

        var response = await _client.PutJsonAsync($"{route.Path}/{id}", RequestBodies.Node(route, id + "-renamed", "Renamed"));

        await response.AssertFieldErrorAsync("id");
        Assert.Equal("Kept", (await (await _client.GetAsync($"{route.Path}/{id}")).ReadAsync<Node>()).Name);
    }

    [Theory, MemberData(nameof(Categories))]
    public async Task AnUnknownProvenanceSourceIsUnprocessableOnProvenanceSource(NodeCategory category)
    {
        var route = NodeRoute.Of(category);
        var id = RequestBodies.UniqueId("unsourced");

        var response = await _client.PostJsonAsync(route.Path, RequestBodies.Node(route, id, "Unsourced", source: "no-such-source"));

        await response.AssertFieldErrorAsync("provenance.source", HttpStatusCode.UnprocessableEntity);
        await (await _client.GetAsync($"/api/nodes/{id}")).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Theory, MemberData(nameof(Categories))]
    public async Task AReplacementCitingAnUnknownSourceIsUnprocessable(NodeCategory category)
    {
        var route = NodeRoute.Of(category);
        var id = RequestBodies.UniqueId("recited");
        await _client.CreateAsync(route.Path, RequestBodies.Node(route, id, "Cited"));

        var response = await _client.PutJsonAsync($"{route.Path}/{id}", RequestBodies.Node(route, id, "Recited", "no-such-source"));

        await response.AssertFieldErrorAsync("provenance.source", HttpStatusCode.UnprocessableEntity);
        Assert.Equal("Cited", (await (await _client.GetAsync($"{route.Path}/{id}")).ReadAsync<Node>()).Name);
    }

    [Theory, MemberData(nameof(Categories))]
    public async Task AMissingProvenanceIsAnErrorOnProvenance(NodeCategory category)
    {
        var route = NodeRoute.Of(category);

        var response = await _client.PostJsonAsync(route.Path, RequestBodies.Node(route, RequestBodies.UniqueId("bare"), "Bare").With("provenance", null));

        await response.AssertFieldErrorAsync("provenance");
    }
}
