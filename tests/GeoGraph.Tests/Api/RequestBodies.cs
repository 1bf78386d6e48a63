using System.Net;
using System.Net.Http.Json;
using System.Text;
using GeoGraph.Tests.Infrastructure;
using GeoGraph.Core.Model;

namespace GeoGraph.Tests.Api;

/// <summary>One node collection of the API, with a kind of its category and whether its nodes carry dates.</summary>
public sealed record NodeRoute(NodeCategory Category, string Kind, string? Date)
{
    public string Path => $"/api/{Category.ToString().ToLowerInvariant()}s";

    public override string ToString() => Path;

    public static IReadOnlyList<NodeRoute> All { get; } =
    [
        new(NodeCategory.Actor, "ThinkTank", null),
        new(NodeCategory.Event, "Meeting", "2025-02"),
        new(NodeCategory.Claim, "Assertion", "2025-03-31"),
        new(NodeCategory.Resource, "Mineral", null),
        new(NodeCategory.Place, "City", null),
    ];

    public static NodeRoute Of(NodeCategory category) => All.Single(route => route.Category == category);

    /// <summary>Every category, as theory data (enums serialize; records would not).</summary>
    public static TheoryData<NodeCategory> Categories => [.. Enum.GetValues<NodeCategory>()];
}

/// <summary>Valid request bodies with ids of their own, for tests to vary.</summary>
public static class RequestBodies
{
    /// <summary>A slug no seed node or other test uses.</summary>
    public static string UniqueId(string prefix) => $"{prefix}-{Guid.NewGuid():N}";

    public static Dictionary<string, object?> Provenance(string? source = null) => new()
    {
        ["source"] = source ?? SeedGraph.Article.Id,
        ["passage"] = "a passage written for a test",
    };

    /// <summary>A valid node of the collection; leave <paramref name="id"/> null to let the API make it from the name.</summary>
    public static Dictionary<string, object?> Node(NodeRoute route, string? id, string name, string? source = null)
    {
        var body = new Dictionary<string, object?>
        {
            ["kind"] = route.Kind,
            ["name"] = name,
            ["aliases"] = new[] { name + " alias" },
            ["description"] = "Written by a test.",
            ["provenance"] = Provenance(source),
        };
        if (id is not null)
            body["id"] = id;
        if (route.Date is not null)
            body["date"] = route.Date;
        return body;
    }

    public static Dictionary<string, object?> Relation(string id, string type, string from, string to) => new()
    {
        ["id"] = id,
        ["type"] = type,
        ["from"] = from,
        ["to"] = to,
        ["provenance"] = Provenance(),
    };

    /// <summary>A copy of <paramref name="body"/> with <paramref name="field"/> set (or removed when null).</summary>
    public static Dictionary<string, object?> With(this Dictionary<string, object?> body, string field, object? value)
    {
        var copy = new Dictionary<string, object?>(body);
        if (value is null)
            copy.Remove(field);
        else
            copy[field] = value;
        return copy;
    }
}

/// <summary>Short ways to send bodies in the API's JSON dialect.</summary>
public static class ApiClient
{
    public static Task<HttpResponseMessage> PutJsonAsync(this HttpClient client, string url, object body) =>
        client.PutAsJsonAsync(url, body, HttpAssertions.JsonOptions);

    /// <summary>Posts a body that must be created, so a test's own setup fails loudly.</summary>
    public static async Task CreateAsync(this HttpClient client, string url, object body)
    {
        var response = await client.PostJsonAsync(url, body);
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"Setup POST {url} gave {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }

    /// <summary>Sends a body exactly as written, with the given content type.</summary>
    public static Task<HttpResponseMessage> SendRawAsync(this HttpClient client, HttpMethod method, string url, string? body, string contentType = "application/json") =>
        client.SendAsync(new HttpRequestMessage(method, url)
        {
            Content = body is null ? null : new StringContent(body, Encoding.UTF8, contentType),
        });
}
