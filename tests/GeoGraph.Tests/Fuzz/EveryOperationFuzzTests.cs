using System.Net;
using System.Text;
using System.Text.Json;
using CsCheck;
using GeoGraph.Tests.Api;
using GeoGraph.Tests.Infrastructure;
using static GeoGraph.Tests.Fuzz.HostileJson;
using static GeoGraph.Tests.Fuzz.HostileText;

namespace GeoGraph.Tests.Fuzz;

/// <summary>
/// Every operation of the OpenAPI document, read from the test server, gets hostile path ids, query strings, bodies
/// and content types: each answer is below 500 (501 only where documented, Cypher on the embedded store), every
/// client error is problem+json, and the seed's nodes stay as they were. Writes only ever name ids the seed lacks.
/// </summary>
public class EveryOperationFuzzTests(GeoGraphFactory factory) : IClassFixture<GeoGraphFactory>
{
    /// <summary>With the 5,600 requests of <see cref="HostileInputFuzzTests"/>, more than 8,000 in all.</summary>
    private const int Requests = 2_800;

    private static readonly Gen<string> ReadId = Gen.OneOf(
        Gen.OneOf("donald-trump", "volodymyr-zelensky", "minerals-deal", "article-2025-04-01-minerals-deal", "no-such-id"),
        Text.Select(PathSegment));

    private static readonly Gen<string> WriteId = Gen.OneOf(Gen.Guid.Select(guid => $"fuzz-{guid:N}"), Text.Select(PathSegment));

    private static readonly Gen<string> QueryValue = Weighted(
        (3, Text),
        (2, Gen.OneOf("5", "0", "-1", "201", "1e3", "99999999999999999999", "3", "NaN", "0x10", " 7", "1,2")),
        (2, Gen.OneOf("2025", "2025-02", "2025-02-30", "donald-trump", "Person", "ACCUSED", "out", "both", "pagerank", "trump", "true", "b2Zmc2V0CjUw")),
        (1, Gen.Const("")));

    private static readonly Gen<string> Nested = Gen.Int[1, 200].Select(depth => new string('[', depth) + new string(']', depth));

    private static readonly Gen<string> AnyBody = Weighted(
        (4, Body(("id", Gen.Guid.Select(guid => JsonString($"fuzz-{guid:N}"))), ("name", PlausibleText.Select(JsonString)), ("kind", OneOfStrings("Person", "Meeting", "Deal")),
            ("type", OneOfStrings("ACCUSED", "LIKES")), ("title", PlausibleText.Select(JsonString)), ("scopes", StringArray), ("query", OneOfStrings("RETURN 1", "MATCH (n) DETACH DELETE n", "CREATE (n)")),
            ("properties", Properties), ("provenance", Constant("{\"source\":\"article-2025-04-01-minerals-deal\",\"passage\":\"a passage\"}")))),
        (2, Value),
        (1, Nested.Select(nested => nested)),
        (1, Text));

    private static readonly Gen<string?> ContentType = Gen.OneOf<string?>(
        "application/json", "application/json", "application/json; charset=utf-8", "text/plain", "application/xml",
        "application/x-www-form-urlencoded", "application/json; charset=latin1", "application/merge-patch+json", null);

    private readonly HttpClient _client = factory.CreateClient();

    private int _sent;

    [Fact]
    public async Task EveryOperationIsAnsweredBelow500WithProblemBodies()
    {
        using var document = JsonDocument.Parse(await _client.GetStringAsync(new Uri("/swagger/v1/swagger.json", UriKind.Relative)));
        var operations = document.RootElement.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Select(operation => Operation.Of(path.Name, operation.Name, operation.Value)))
            .ToList();
        Assert.True(operations.Count >= 30, $"{operations.Count} operations");

        var perOperation = (Requests + operations.Count - 1) / operations.Count;
        foreach (var operation in operations)
        {
            await Gen.Select(Request(operation), AnyBody, ContentType).SampleAsync(
                (url, body, type) => SendAsync(operation, url, operation.HasBody ? body : null, type), iter: perOperation, threads: 1,
                print: request => $"{operation.Method} {Shorten(request.Item1)} {request.Item3} {Shorten(request.Item2)}");
        }

        Assert.True(_sent >= Requests, $"{_sent} requests");
        Assert.Contains(operations, operation => operation.Path == "/api/sources/{id}/nodes");
        await _client.AssertSeedNodesUnchangedAsync();
    }

    private static Gen<string> Request(Operation operation)
    {
        var id = operation.Method == "GET" ? ReadId : WriteId;
        var query = Gen.Select(Gen.OneOf(operation.Query.Length == 0 ? ["q"] : operation.Query), QueryValue, (name, value) => $"{name}={PercentEncode(value)}").Array[0, 5];
        return Gen.Select(id, query, (segment, parameters) =>
            operation.Path.Replace("{id}", segment, StringComparison.Ordinal) + (parameters.Length == 0 ? "" : "?" + string.Join('&', parameters)));
    }

    private async Task SendAsync(Operation operation, string url, string? body, string? contentType)
    {
        using var request = new HttpRequestMessage(new HttpMethod(operation.Method), url);
        if (body is not null)
        {
            request.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
            if (contentType is not null)
                request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        }
        using var response = await _client.SendAsync(request);
        _sent++;
        var status = (int)response.StatusCode;
        var answer = await response.Content.ReadAsStringAsync();
        var documented501 = response.StatusCode == HttpStatusCode.NotImplemented && operation.Path == "/api/cypher";
        Assert.True(status < 500 || documented501, $"{operation.Method} {Shorten(url)} answered {status}: {Shorten(answer)}");
        if (status >= 400)
            Assert.True(response.Content.Headers.ContentType?.MediaType == "application/problem+json", $"{operation.Method} {url} answered {status} as {response.Content.Headers.ContentType}");
    }

    private static string Shorten(string text) => text.Length <= 500 ? text : $"{text[..500]}… ({text.Length} characters)";

    private sealed record Operation(string Path, string Method, string[] Query, bool HasBody)
    {
        public static Operation Of(string path, string method, JsonElement operation)
        {
            var parameters = operation.TryGetProperty("parameters", out var list) ? list.EnumerateArray().ToList() : [];
            var query = parameters.Where(parameter => parameter.GetProperty("in").GetString() == "query").Select(parameter => parameter.GetProperty("name").GetString()!).ToArray();
            var unknownPathParameter = parameters.Any(parameter => parameter.GetProperty("in").GetString() == "path" && parameter.GetProperty("name").GetString() != "id");
            Assert.False(unknownPathParameter, $"{method} {path} has a path parameter other than id");
            return new(path, method.ToUpperInvariant(), query, operation.TryGetProperty("requestBody", out _) || method is "post" or "put");
        }
    }
}
