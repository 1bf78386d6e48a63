using System.Net;
using System.Net.Http.Headers;
using GeoGraph.Core.Model;
using GeoGraph.Tests.Api;
using GeoGraph.Tests.Infrastructure;

namespace GeoGraph.Tests.Http;

/// <summary>ETags, If-None-Match (304) and If-Match (412) through HTTP. Tests that write use nodes of their own.</summary>
public class ConditionalRequestTests(GeoGraphFactory factory) : IClassFixture<GeoGraphFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData("/api/actors/donald-trump")]
    [InlineData("/api/nodes/donald-trump")]
    [InlineData("/api/relations/" + SeedRelation)]
    [InlineData("/api/sources/article-2025-04-01-minerals-deal")]
    public async Task GettingARecordAgainWithItsETagAnswers304WithoutABody(string url)
    {
        var first = await _client.GetAsync(url);
        var tag = first.Headers.ETag;
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.NotNull(tag);
        Assert.False(tag.IsWeak);

        var again = await SendAsync(HttpMethod.Get, url, request => request.Headers.IfNoneMatch.Add(tag));

        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
        Assert.Equal(tag, again.Headers.ETag);
        Assert.Empty(await again.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(HttpMethod.Get, url, request => request.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"other\"")))).StatusCode);
    }

    [Fact]
    public async Task AReplaceWithTheCurrentIfMatchWritesAndAnswersWithTheNewETag()
    {
        var (url, body, tag) = await CreateActorAsync();

        var replaced = await PutAsync(url, body.With("name", "Renamed once"), tag);

        Assert.Equal(HttpStatusCode.OK, replaced.StatusCode);
        Assert.NotEqual(tag, replaced.Headers.ETag);
        Assert.Equal(replaced.Headers.ETag, (await _client.GetAsync(url)).Headers.ETag);
    }

    [Fact]
    public async Task AReplaceWithAStaleIfMatchIs412AndLeavesTheNodeUnchanged()
    {
        var (url, body, stale) = await CreateActorAsync();
        var current = (await PutAsync(url, body.With("name", "First editor"), stale)).Headers.ETag;

        var late = await PutAsync(url, body.With("name", "Second editor"), stale);

        await late.AssertProblemAsync(HttpStatusCode.PreconditionFailed);
        var now = await _client.GetAsync(url);
        Assert.Equal("First editor", (await now.ReadAsync<Node>()).Name);
        Assert.Equal(current, now.Headers.ETag);
    }

    [Fact]
    public async Task RacingReplacesWithTheSameIfMatchGiveOne200AndThe412s()
    {
        var (url, body, tag) = await CreateActorAsync();

        var responses = await Task.WhenAll(Enumerable.Range(0, 4).Select(i => PutAsync(url, body.With("name", $"Racer {i}"), tag)));

        var winner = Assert.Single(responses, response => response.StatusCode == HttpStatusCode.OK);
        Assert.All(responses.Where(response => response != winner), response => Assert.Equal(HttpStatusCode.PreconditionFailed, response.StatusCode));
        Assert.Equal((await winner.ReadAsync<Node>()).Name, (await (await _client.GetAsync(url)).ReadAsync<Node>()).Name);
    }

    [Fact]
    public async Task IfMatchStarNeedsTheNodeToExist()
    {
        var (url, body, _) = await CreateActorAsync();
        var missing = $"/api/actors/{RequestBodies.UniqueId("never-made")}";

        Assert.Equal(HttpStatusCode.OK, (await PutAsync(url, body, EntityTagHeaderValue.Any)).StatusCode);
        await (await PutAsync(missing, body.With("id", null), EntityTagHeaderValue.Any)).AssertProblemAsync(HttpStatusCode.PreconditionFailed);
    }

    [Fact]
    public async Task DeletesWithAStaleIfMatchAre412AndDeleteNothing()
    {
        var (url, body, stale) = await CreateActorAsync();
        var relationUrl = $"/api/relations/{RequestBodies.UniqueId("conditional")}";
        await _client.CreateAsync("/api/relations", RequestBodies.Relation(relationUrl.Split('/')[^1], "NEGOTIATES_WITH", (string)body["id"]!, "donald-trump"));
        var relationTag = (await _client.GetAsync(relationUrl)).Headers.ETag!;
        await PutAsync(url, body.With("name", "Edited"), stale);

        await (await DeleteAsync(url + "?cascade=true", stale)).AssertProblemAsync(HttpStatusCode.PreconditionFailed);
        await (await DeleteAsync(relationUrl, new EntityTagHeaderValue("\"stale\""))).AssertProblemAsync(HttpStatusCode.PreconditionFailed);
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync(relationUrl)).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await DeleteAsync(relationUrl, relationTag)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await DeleteAsync(url, (await _client.GetAsync(url)).Headers.ETag!)).StatusCode);
    }

    [Fact]
    public async Task AGraphAnswerHasAWeakETagThatAnswers304UntilAWrite()
    {
        const string Url = "/api/graph/neighborhood/donald-trump?depth=2";
        var first = await _client.GetAsync(Url);
        var tag = first.Headers.ETag!;
        Assert.True(tag.IsWeak);
        Assert.Equal(HttpStatusCode.NotModified, (await SendAsync(HttpMethod.Get, Url, request => request.Headers.IfNoneMatch.Add(tag))).StatusCode);

        await CreateActorAsync();

        var after = await SendAsync(HttpMethod.Get, Url, request => request.Headers.IfNoneMatch.Add(tag));
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.NotEqual(tag, after.Headers.ETag);
    }

    private const string SeedRelation = "donald-trump-holds-office-in-united-states";

    private async Task<(string Url, Dictionary<string, object?> Body, EntityTagHeaderValue Tag)> CreateActorAsync()
    {
        var id = RequestBodies.UniqueId("conditional");
        var body = RequestBodies.Node(NodeRoute.Of(NodeCategory.Actor), id, "Conditional Actor");
        var created = await _client.PostJsonAsync("/api/actors", body);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return ($"/api/actors/{id}", body, created.Headers.ETag!);
    }

    private Task<HttpResponseMessage> PutAsync(string url, Dictionary<string, object?> body, EntityTagHeaderValue ifMatch) =>
        SendAsync(HttpMethod.Put, url, request =>
        {
            request.Content = System.Net.Http.Json.JsonContent.Create(body, options: HttpAssertions.JsonOptions);
            request.Headers.IfMatch.Add(ifMatch);
        });

    private Task<HttpResponseMessage> DeleteAsync(string url, EntityTagHeaderValue ifMatch) =>
        SendAsync(HttpMethod.Delete, url, request => request.Headers.IfMatch.Add(ifMatch));

    private Task<HttpResponseMessage> SendAsync(HttpMethod method, string url, Action<HttpRequestMessage> prepare)
    {
        var request = new HttpRequestMessage(method, url);
        prepare(request);
        return _client.SendAsync(request);
    }
}
