using System.Net;
using System.Text;
using System.Text.Json;
using CsCheck;
using GeoGraph.Core;
using GeoGraph.Tests.Api;
using GeoGraph.Tests.Infrastructure;
using static GeoGraph.Tests.Fuzz.HostileJson;
using static GeoGraph.Tests.Fuzz.HostileText;

namespace GeoGraph.Tests.Fuzz;

/// <summary>
/// Property-based fuzzing through HTTP: whatever bodies and query strings a client sends, the answer is below 500,
/// every client error is a problem+json body, every id the API makes is a slug its routes take, and the seed's
/// nodes stay as they were.
/// </summary>
public class HostileInputFuzzTests(GeoGraphFactory factory) : IClassFixture<GeoGraphFactory>
{
    private const int BodiesPerRoute = 900;
    private const int QueryStrings = 1500;
    private const string Target = "fuzz-target";

    private static readonly Gen<string> Id = Weighted((4, Gen.Guid.Select(guid => JsonString($"fuzz-{guid:N}"))), (1, Text.Select(JsonString)));
    private static readonly Gen<string> Provenance = Weighted(
        (3, Constant("{\"source\":\"article-2025-04-01-minerals-deal\",\"passage\":\"a passage\"}")),
        (1, PlausibleText.Select(passage => $"{{\"source\":\"article-2025-04-01-minerals-deal\",\"passage\":{JsonString(passage)}}}")));

    private static readonly Gen<string> Actor = Body(
        ("id", Id), ("kind", OneOfStrings("Person", "ThinkTank", "State")), ("name", PlausibleText.Select(JsonString)),
        ("aliases", StringArray), ("title", PlausibleText.Select(JsonString)), ("country", PlausibleText.Select(JsonString)),
        ("description", PlausibleText.Select(JsonString)), ("properties", Properties), ("provenance", Provenance));

    private static readonly Gen<string> Relation = Body(
        ("id", Id), ("type", OneOfStrings("ACCUSED", "CRITICIZED", "SUPPORTS")),
        ("from", OneOfStrings("donald-trump", "volodymyr-zelensky", "kaja-kallas")), ("to", OneOfStrings("volodymyr-zelensky", "donald-trump", "scott-bessent")),
        ("date", OneOfStrings("2025", "2025-02", "2025-02-30")), ("stance", OneOfStrings("hostile", "neutral")),
        ("role", PlausibleText.Select(JsonString)), ("properties", Properties), ("provenance", Provenance));

    private static readonly Gen<string> Source = Body(
        ("id", Id), ("title", PlausibleText.Select(JsonString)), ("published", OneOfStrings("2025", "2025-03-31", "yesterday")),
        ("outlets", StringArray), ("description", PlausibleText.Select(JsonString)));

    private static readonly Gen<string> RouteId = Weighted((4, Gen.Const(Target)), (1, Text.Select(PathSegment)));

    /// <summary>Each list or query route with the parameters it reads.</summary>
    private static readonly (string Path, string[] Parameters)[] QueryRoutes =
    [
        ("/api/search", ["q", "limit", "cursor"]),
        ("/api/sources", ["limit", "cursor"]),
        ("/api/sources/article-2025-04-01-minerals-deal/nodes", ["limit", "cursor"]),
        ("/api/actors", ["kind", "name", "actor", "limit", "cursor"]),
        ("/api/events", ["kind", "name", "from", "to", "actor", "limit", "cursor"]),
        ("/api/relations", ["type", "from", "to", "dateFrom", "dateTo", "limit", "cursor"]),
        ("/api/nodes/donald-trump/relations", ["direction", "type", "limit", "cursor"]),
        ("/api/graph/neighborhood/donald-trump", ["depth", "types", "kinds", "direction", "from", "to", "limit"]),
        ("/api/graph/paths", ["from", "to", "maxHops", "k", "types", "direction"]),
        ("/api/timeline", ["actor", "with", "from", "to", "kinds", "limit"]),
        ("/api/graph/centrality", ["measure", "kind", "top"]),
    ];

    private static readonly Gen<string> QueryValue = Weighted(
        (3, Text),
        (2, Gen.OneOf("5", "0", "-1", "201", "1e3", "99999999999999999999", "3")),
        (2, Gen.OneOf("2025", "2025-02", "2025-02-30", "donald-trump", "volodymyr-zelensky", "Person", "Meeting", "ACCUSED", "out", "both", "pagerank", "trump")),
        (1, Gen.Const("")));

    private static readonly Gen<string> QueryUrl = Gen.Int[0, QueryRoutes.Length - 1].SelectMany(route =>
        Gen.Select(Gen.OneOf(QueryRoutes[route].Parameters), QueryValue, (name, value) => $"{name}={PercentEncode(value)}").Array[0, 4]
            .Select(parameters => $"{QueryRoutes[route].Path}?{string.Join('&', parameters)}"));

    private static readonly Gen<string> HostilePathUrl = Gen.Select(Gen.OneOf("/api/nodes/", "/api/relations/", "/api/sources/", "/api/graph/neighborhood/"), Text,
        (path, id) => path + PathSegment(id));

    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task HostileBodiesAreAnsweredBelow500WithProblemBodies()
    {
        await _client.CreateAsync("/api/actors", RequestBodies.Node(NodeRoute.Of(Core.Model.NodeCategory.Actor), Target, "Fuzz Target"));

        await Actor.SampleAsync(body => SendAsync(HttpMethod.Post, "/api/actors", body), iter: BodiesPerRoute, threads: 1, print: Shorten);
        await Relation.SampleAsync(body => SendAsync(HttpMethod.Post, "/api/relations", body), iter: BodiesPerRoute, threads: 1, print: Shorten);
        await Source.SampleAsync(body => SendAsync(HttpMethod.Post, "/api/sources", body), iter: BodiesPerRoute, threads: 1, print: Shorten);
        await Gen.Select(RouteId, Actor).SampleAsync((id, body) => SendAsync(HttpMethod.Put, $"/api/actors/{id}", body), iter: BodiesPerRoute, threads: 1,
            print: request => Shorten($"{request.Item1} {request.Item2}"));

        await _client.AssertSeedNodesUnchangedAsync();
    }

    [Fact]
    public async Task HostileQueryStringsAndRouteIdsAreAnsweredBelow500WithProblemBodies()
    {
        await QueryUrl.SampleAsync(url => SendAsync(HttpMethod.Get, url, null), iter: QueryStrings, threads: 1, print: Shorten);
        await HostilePathUrl.SampleAsync(url => SendAsync(HttpMethod.Get, url, null), iter: QueryStrings / 3, threads: 1, print: Shorten);

        await _client.AssertSeedNodesUnchangedAsync();
    }

    private async Task SendAsync(HttpMethod method, string url, string? json)
    {
        using var request = new HttpRequestMessage(method, url);
        if (json is not null)
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        using var response = await _client.SendAsync(request);
        var status = (int)response.StatusCode;
        var answer = await response.Content.ReadAsStringAsync();
        Assert.True(status < 500, $"{method} {Shorten(url)} answered {status}: {Shorten(answer)}");
        if (status >= 400)
            Assert.True(response.Content.Headers.ContentType?.MediaType == "application/problem+json", $"{method} {url} answered {status} as {response.Content.Headers.ContentType}");
        if (response.StatusCode == HttpStatusCode.Created)
            await AssertCreatedIdIsServedAsync(response.Headers.Location!, answer);
    }

    private static string Shorten(string request) => request.Length <= 1000 ? request : $"{request[..1000]}… ({request.Length} characters)";

    private async Task AssertCreatedIdIsServedAsync(Uri location, string created)
    {
        var id = JsonDocument.Parse(created).RootElement.GetProperty("id").GetString();
        Assert.True(Slug.IsValid(id), $"The API made the id '{id}', which is not a slug");
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync(location)).StatusCode);
    }
}
