using System.Net;
using System.Net.Http.Headers;
using System.Text;
using GeoGraph.Core.Model;
using GeoGraph.Tests.Infrastructure;

namespace GeoGraph.Tests.Api;

/// <summary>
/// Every text a client sends, in bodies, properties and query strings, must be valid Unicode without
/// noncharacters or control characters (tab, line feed and carriage return aside): otherwise 400 naming the field.
/// </summary>
public class TextValidityTests(GeoGraphFactory factory) : IClassFixture<GeoGraphFactory>
{
    private const string Hostile = "§";
    private const string Provenance = "\"provenance\":{\"source\":\"article-2025-04-01-minerals-deal\",\"passage\":\"a passage\"}";
    private const string PersonFields = "\"kind\":\"Person\",\"name\":\"Someone\"," + Provenance;

    private readonly HttpClient _client = factory.CreateClient();

    /// <summary>Text that is refused, as JSON string content (escapes) and, where UTF-8 can carry it, percent-encoded.</summary>
    public static readonly (string Json, string? Query)[] RefusedText =
    [
        (@"\ufffe", "%EF%BF%BE"), (@"\uffff", "%EF%BF%BF"), (@"\ufdd0", "%EF%B7%90"), (@"\ufdef", "%EF%B7%AF"),
        (@"\ud83f\udffe", "%F0%9F%BF%BE"), (@"\udbff\udfff", "%F4%8F%BF%BF"),
        (@"\u0000", "%00"), (@"\u001b", "%1B"), (@"\u007f", "%7F"), (@"\u0085", "%C2%85"),
        (@"\ud800", null), (@"\udc00", null), (@"\udbffx", null),
    ];

    /// <summary>Method, url, body with § where the hostile text goes, and the field the error must name.</summary>
    public static readonly (string Method, string Url, string Body, string Field)[] BodyFields =
    [
        ("POST", "/api/actors", "{\"kind\":\"Person\",\"name\":\"Some§one\"," + Provenance + "}", "name"),
        ("POST", "/api/actors", "{" + PersonFields + ",\"aliases\":[\"ok§\"]}", "aliases[0]"),
        ("POST", "/api/actors", "{" + PersonFields + ",\"title\":\"§\"}", "title"),
        ("POST", "/api/actors", "{" + PersonFields + ",\"country\":\"§\"}", "country"),
        ("POST", "/api/actors", "{" + PersonFields + ",\"description\":\"A §description\"}", "description"),
        ("POST", "/api/actors", "{\"kind\":\"Person\",\"name\":\"Someone\",\"provenance\":{\"source\":\"article-2025-04-01-minerals-deal\",\"passage\":\"§\"}}", "provenance.passage"),
        ("POST", "/api/actors", "{" + PersonFields + ",\"properties\":{\"note\":\"§\"}}", "properties"),
        ("POST", "/api/actors", "{" + PersonFields + ",\"properties\":{\"notes\":[\"ok\",\"§\"]}}", "properties"),
        ("PUT", "/api/actors/donald-trump", "{\"kind\":\"Person\",\"name\":\"Donald §Trump\"," + Provenance + "}", "name"),
        ("POST", "/api/events", "{\"kind\":\"Statement\",\"name\":\"Said\",\"quote\":\"§\"," + Provenance + "}", "quote"),
        ("POST", "/api/relations", "{\"type\":\"ACCUSED\",\"from\":\"donald-trump\",\"to\":\"volodymyr-zelensky\",\"role\":\"§\"," + Provenance + "}", "role"),
        ("POST", "/api/relations", "{\"type\":\"ACCUSED\",\"from\":\"donald-trump\",\"to\":\"volodymyr-zelensky\",\"properties\":{\"why\":\"§\"}," + Provenance + "}", "properties"),
        ("POST", "/api/sources", "{\"id\":\"text-source\",\"title\":\"§\"}", "title"),
        ("POST", "/api/sources", "{\"id\":\"text-source\",\"title\":\"T\",\"outlets\":[\"§\"]}", "outlets[0]"),
        ("POST", "/api/sources", "{\"id\":\"text-source\",\"title\":\"T\",\"description\":\"§\"}", "description"),
        ("POST", "/api/cypher", "{\"query\":\"MATCH (n) RETURN n §\"}", "query"),
    ];

    /// <summary>Url with § where the hostile text goes, and the parameter the error must name.</summary>
    public static readonly (string Url, string Field)[] QueryFields =
    [
        ("/api/search?q=trump§", "q"),
        ("/api/actors?name=§", "name"),
        ("/api/events?name=a§b", "name"),
        ("/api/places?name=§&limit=5", "name"),
    ];

    private static IEnumerable<(string Method, string Url, string Body, string Field)> RefusedBodyCases() =>
        from target in BodyFields
        from text in RefusedText
        select (target.Method, target.Url, target.Body.Replace(Hostile, text.Json, StringComparison.Ordinal), target.Field);

    public static TheoryData<string, string, string, string> RefusedBodies
    {
        get
        {
            var data = new TheoryData<string, string, string, string>();
            foreach (var (method, url, body, blamed) in RefusedBodyCases())
                data.Add(method, url, body, blamed);
            return data;
        }
    }

    public static TheoryData<string, string> RefusedQueries
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var (url, blamed) in QueryFields)
            {
                foreach (var (_, query) in RefusedText.Where(text => text.Query is not null))
                    data.Add(url.Replace(Hostile, query, StringComparison.Ordinal), blamed);
            }
            return data;
        }
    }

    [Theory, MemberData(nameof(RefusedBodies))]
    public async Task RefusedTextInABodyIsAnErrorOnItsField(string method, string url, string body, string field)
    {
        var response = await _client.SendRawAsync(new HttpMethod(method), url, body);

        await response.AssertFieldErrorAsync(field);
    }

    [Theory, MemberData(nameof(RefusedQueries))]
    public async Task RefusedTextInAQueryStringIsAnErrorOnItsParameter(string url, string field)
    {
        var response = await _client.GetAsync(url);

        await response.AssertFieldErrorAsync(field);
    }

    [Fact]
    public async Task BytesThatAreNotUtf8AreAnErrorOnTheirField()
    {
        var body = Encoding.UTF8.GetBytes("{\"kind\":\"Person\",\"name\":\"Some\u00A4one\"," + Provenance + "}");
        body[Array.IndexOf(body, (byte)0xC2)] = 0xFF;
        var content = new ByteArrayContent(body) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") } };

        var response = await _client.PostAsync("/api/actors", content);

        await response.AssertFieldErrorAsync("name");
    }

    [Theory]
    [InlineData(@"Tab\tnew\nline\r")]
    [InlineData(@"\u200fRTL mark \u202e override")]
    [InlineData(@"Emoji \ud83d\ude00 and family \ud83d\udc69\u200d\ud83d\udc67")]
    [InlineData(@"Combining e\u0301\u0308 marks")]
    public async Task OtherTextIsTakenAsItIs(string json)
    {
        var id = RequestBodies.UniqueId("text");
        var body = $$"""{"id":"{{id}}","kind":"Person","name":"Someone","description":"{{json}}","properties":{"note":"{{json}}"},{{Provenance}}}""";

        var response = await _client.SendRawAsync(HttpMethod.Post, "/api/actors", body);

        var created = await response.ReadAsync<Node>(HttpStatusCode.Created);
        Assert.Equal(System.Text.Json.JsonSerializer.Deserialize<string>($"\"{json}\""), created.Description);
    }

    [Fact]
    public async Task NoRefusedTextChangedTheSeed()
    {
        foreach (var (method, url, body, _) in RefusedBodyCases())
            Assert.Equal(HttpStatusCode.BadRequest, (await _client.SendRawAsync(new HttpMethod(method), url, body)).StatusCode);

        await _client.AssertSeedNodesUnchangedAsync();
    }
}
