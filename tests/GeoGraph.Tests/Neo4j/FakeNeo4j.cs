using System.Net;
using System.Text;
using System.Text.Json;
using GeoGraph.Store.Neo4j;
using GeoGraph.Store.Neo4j.Http;

namespace GeoGraph.Tests.Neo4j;

/// <summary>A request the fake server received, with its JSON body parsed.</summary>
public sealed record RecordedRequest(HttpMethod Method, Uri Uri, IReadOnlyDictionary<string, string> Headers, string? ContentType, string Body)
{
    public string Path => Uri.AbsolutePath;

    public JsonElement Json => JsonDocument.Parse(Body).RootElement;

    public string? Statement => Body.Length > 0 && Json.TryGetProperty("statement", out var statement) ? statement.GetString() : null;

    public JsonElement Parameters => Json.GetProperty("parameters");

    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;
}

/// <summary>A canned answer: status, body and extra headers.</summary>
public sealed record FakeResponse(HttpStatusCode Status, string Body, IReadOnlyDictionary<string, string>? Headers = null)
{
    /// <summary>202 with <c>data</c> of these fields and rows (rows as JSON arrays).</summary>
    public static FakeResponse Rows(string[] fields, params string[] rows) =>
        new(HttpStatusCode.Accepted, $$"""{"data":{"fields":{{JsonSerializer.Serialize(fields)}},"values":[{{string.Join(",", rows)}}]},"bookmarks":["FB:kcwQ"]}""");

    public static FakeResponse Empty => Rows([]);

    public static FakeResponse Error(HttpStatusCode status, string code, string message) =>
        new(status, $$"""{"errors":[{"code":{{JsonSerializer.Serialize(code)}},"message":{{JsonSerializer.Serialize(message)}}}]}""");
}

/// <summary>
/// Stands in for Neo4j's Query API: records every request and answers with what the test's responder says
/// (by default 202 with no rows).
/// </summary>
public sealed class FakeNeo4j : HttpMessageHandler
{
    private readonly List<RecordedRequest> _requests = [];

    public Func<RecordedRequest, FakeResponse> Respond { get; set; } = _ => FakeResponse.Empty;

    public IReadOnlyList<RecordedRequest> Requests
    {
        get
        {
            lock (_requests)
                return [.. _requests];
        }
    }

    /// <summary>The statements sent, in order (requests without one, such as commits, left out).</summary>
    public IReadOnlyList<string> Statements => [.. Requests.Select(request => request.Statement).OfType<string>()];

    public static Neo4jStoreOptions Options(string? user = null, string? password = null, string database = "neo4j") =>
        new() { Uri = "http://neo4j.test:7474", User = user, Password = password, Database = database, TopologyMaxAge = TimeSpan.Zero };

    public Neo4jQueryClient Client(Neo4jStoreOptions? options = null) =>
        new(new HttpClient(this, disposeHandler: false), Microsoft.Extensions.Options.Options.Create(options ?? Options()));

    public Neo4jGraphStore Store(Neo4jStoreOptions? options = null, TimeProvider? time = null)
    {
        options ??= Options();
        return new Neo4jGraphStore(Client(options), Microsoft.Extensions.Options.Options.Create(options), time);
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken);
        var headers = request.Headers.ToDictionary(header => header.Key, header => string.Join(", ", header.Value), StringComparer.OrdinalIgnoreCase);
        var recorded = new RecordedRequest(request.Method, request.RequestUri!, headers, request.Content?.Headers.ContentType?.ToString(), body);
        lock (_requests)
            _requests.Add(recorded);
        var answer = Respond(recorded);
        var response = new HttpResponseMessage(answer.Status) { Content = new StringContent(answer.Body, Encoding.UTF8, "application/json"), RequestMessage = request };
        foreach (var (name, value) in answer.Headers ?? new Dictionary<string, string>())
            response.Headers.TryAddWithoutValidation(name, value);
        return response;
    }
}

/// <summary>A clock the test moves by hand.</summary>
public sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = start;

    public override DateTimeOffset GetUtcNow() => Now;
}
