using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace GeoGraph.Benchmarks;

/// <summary>
/// The writes the load modes send, with bodies the API's validators accept (see <c>NodeInputValidator</c> and
/// <c>RelationInputValidator</c>), each timed and tallied in <see cref="Stats"/> under its route. With an API key,
/// every write carries <c>Authorization: Bearer KEY</c>.
/// </summary>
internal sealed class GraphWriter(HttpClient client, string sourceId, string? apiKey)
{
    public const string CreateActorRoute = "POST /api/actors";

    public const string CreateRelationRoute = "POST /api/relations";

    public const string DeleteRelationRoute = "DELETE /api/relations/{id}";

    public const string DeleteActorRoute = "DELETE /api/actors/{id}";

    public static IReadOnlyList<string> Routes { get; } = [CreateActorRoute, CreateRelationRoute, DeleteRelationRoute, DeleteActorRoute];

    public RouteStats Stats { get; } = new();

    /// <summary>The id of the first source the service lists, for the provenance of every write; null when it has none.</summary>
    public static async Task<string?> FirstSourceIdAsync(HttpClient client)
    {
        using var document = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/sources", UriKind.Relative)));
        return document.RootElement.GetProperty("items").EnumerateArray().Select(summary => summary.GetProperty("source").GetProperty("id").GetString()).FirstOrDefault();
    }

    public Task<Reply> CreateActorAsync(string id) =>
        SendAsync(CreateActorRoute, HttpMethod.Post, "/api/actors", new
        {
            id,
            kind = "Person",
            name = "Benchmark writer " + id,
            provenance = Provenance(),
        });

    public Task<Reply> CreateRelationAsync(string id, string from, string to) =>
        SendAsync(CreateRelationRoute, HttpMethod.Post, "/api/relations", new
        {
            id,
            type = "SUPPORTS",
            from,
            to,
            provenance = Provenance(),
        });

    public Task<Reply> DeleteRelationAsync(string id) => SendAsync(DeleteRelationRoute, HttpMethod.Delete, $"/api/relations/{id}", body: null);

    /// <summary>Deletes one of the writer's actors with whatever relations it still has.</summary>
    public Task<Reply> DeleteActorAsync(string id) => SendAsync(DeleteActorRoute, HttpMethod.Delete, $"/api/actors/{id}?cascade=true", body: null);

    /// <summary>A read the writer makes itself (checking its own writes), tallied with its writes.</summary>
    public async Task<Reply> GetAsync(string route, Uri url)
    {
        var reply = await LoadClient.GetAsync(client, url);
        Stats.Record(route, reply, url.ToString());
        return reply;
    }

    private object Provenance() => new { source = sourceId, passage = "benchmark" };

    private async Task<Reply> SendAsync(string route, HttpMethod method, string url, object? body)
    {
        var request = new HttpRequestMessage(method, new Uri(url, UriKind.Relative)) { Content = body is null ? null : JsonContent.Create(body) };
        if (apiKey is not null)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
        var reply = await LoadClient.SendAsync(client, request);
        Stats.Record(route, reply, $"{method} {url}");
        return reply;
    }
}
