using System.Net;
using GeoGraph.Api.Validation;
using GeoGraph.Core;
using GeoGraph.Core.Graph;
using GeoGraph.Core.Model;
using GeoGraph.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace GeoGraph.Tests.Api;

/// <summary>Ids the API makes are ASCII slugs that every route takes back, and distinct inputs get distinct ids.</summary>
public class GeneratedIdTests(GeoGraphFactory factory) : IClassFixture<GeoGraphFactory>
{
    private static readonly NodeRoute Actors = NodeRoute.Of(NodeCategory.Actor);

    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData("Łukasz Ørsted", "lukasz-orsted")]
    [InlineData("Зеленський Олена", "zelenskiy-olena")]
    [InlineData("Ἀθηνᾶ Παλλάς", "athina-pallas")]
    public async Task ANameInAnotherAlphabetMakesAnAsciiIdThatEveryRouteTakes(string name, string id)
    {
        var created = await CreateActorAsync(name);

        Assert.Equal(id, created.Id);
        await AssertRoundTripAsync(created);
    }

    [Fact]
    public async Task ANameWithNoLetterWrittenInAsciiMakesAHashIdThatEveryRouteTakes()
    {
        var created = await CreateActorAsync("王小明");

        Assert.Matches("^node-[0-9a-f]{10}$", created.Id);
        await AssertRoundTripAsync(created);
    }

    [Fact]
    public async Task ANameLongerThanAnIdMakesAPrefixAndAHashNotACut()
    {
        var name = string.Join(' ', Enumerable.Repeat("Supreme Council", 10)) + " " + Guid.NewGuid().ToString("N");

        var created = await CreateActorAsync(name);

        Assert.True(Slug.IsValid(created.Id), created.Id);
        Assert.StartsWith("supreme-council-supreme-council", created.Id, StringComparison.Ordinal);
        Assert.Matches("-[0-9a-f]{10}$", created.Id);
        await AssertRoundTripAsync(created);
    }

    [Fact]
    public async Task TwoRelationsBetweenLongIdNodesGetDistinctIds()
    {
        var from = await CreateActorWithIdAsync("a" + Guid.NewGuid().ToString("N") + new string('f', Slug.MaxLength - 33));
        var to = await CreateActorWithIdAsync("b" + Guid.NewGuid().ToString("N") + new string('t', Slug.MaxLength - 33));
        var ids = new List<string>();

        foreach (var type in new[] { "ACCUSED", "CRITICIZED" })
        {
            var body = RequestBodies.Relation("unused", type, from, to).With("id", null);
            var created = await (await _client.PostJsonAsync("/api/relations", body)).ReadAsync<Relation>(HttpStatusCode.Created);
            Assert.True(Slug.IsValid(created.Id), created.Id);
            Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync($"/api/relations/{created.Id}")).StatusCode);
            ids.Add(created.Id);
        }

        Assert.NotEqual(ids[0], ids[1]);
    }

    [Theory]
    [InlineData("/api/actors/donald-trump%0A")]
    [InlineData("/api/nodes/donald-trump%0A")]
    [InlineData("/api/actors/%C5%82ukasz-%C3%B8rsted")]
    public async Task ARouteIdThatIsNotAnAsciiSlugIsAnErrorOnId(string url) =>
        await (await _client.GetAsync(url)).AssertFieldErrorAsync("id");

    [Theory]
    [InlineData("line-end\n")]
    [InlineData("łukasz-ørsted")]
    public async Task ABodyIdThatIsNotAnAsciiSlugIsAnErrorOnId(string id)
    {
        var response = await _client.PostJsonAsync(Actors.Path, RequestBodies.Node(Actors, id, "Someone"));

        await response.AssertFieldErrorAsync("id");
    }

    [Fact]
    public async Task APageEndingOnAStoredIdThatIsNoSlugStillLeadsToTheNextPage()
    {
        var name = "Cursorpage " + Guid.NewGuid().ToString("N");
        await CreateActorWithIdAsync($"cursor-a-{Guid.NewGuid():N}", name);
        // Written past the API, as a store filled before the slug rule could hold it.
        var store = factory.Services.GetRequiredService<IGraphStore>();
        await store.CreateNodeAsync(new Node { Id = "cursor-b-łegacy-ørsted", Kind = "Person", Name = name, Provenance = new Provenance(SeedGraph.Article.Id, "p") });
        await CreateActorWithIdAsync($"cursor-c-{Guid.NewGuid():N}", name);
        var seen = new List<string>();
        string? cursor = null;

        do
        {
            var url = $"{Actors.Path}?limit=1&name={Uri.EscapeDataString(name)}" + (cursor is null ? "" : $"&cursor={cursor}");
            var page = await (await _client.GetAsync(url)).ReadAsync<PageResponse<Node>>();
            seen.AddRange(page.Items.Select(node => node.Id));
            cursor = page.NextCursor;
        }
        while (cursor is not null && seen.Count < 5);

        Assert.Equal(3, seen.Count);
        Assert.Equal("cursor-b-łegacy-ørsted", seen[1]);
    }

    private async Task<Node> CreateActorAsync(string name)
    {
        var response = await _client.PostJsonAsync(Actors.Path, RequestBodies.Node(Actors, null, name));
        var created = await response.ReadAsync<Node>(HttpStatusCode.Created);
        Assert.Equal($"{Actors.Path}/{created.Id}", response.Headers.Location?.OriginalString);
        return created;
    }

    private async Task<string> CreateActorWithIdAsync(string id, string name = "Long Id")
    {
        await _client.CreateAsync(Actors.Path, RequestBodies.Node(Actors, id, name));
        return id;
    }

    /// <summary>GET, PUT and DELETE all take the id the API made.</summary>
    private async Task AssertRoundTripAsync(Node created)
    {
        var url = $"{Actors.Path}/{created.Id}";
        Assert.Equal(created.Name, (await (await _client.GetAsync(url)).ReadAsync<Node>()).Name);
        var replaced = await (await _client.PutJsonAsync(url, RequestBodies.Node(Actors, null, "Renamed"))).ReadAsync<Node>();
        Assert.Equal(created.Id, replaced.Id);
        Assert.Equal(HttpStatusCode.NoContent, (await _client.DeleteAsync(url)).StatusCode);
        await (await _client.GetAsync(url)).AssertProblemAsync(HttpStatusCode.NotFound);
    }
}
