using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace GeoGraph.Tests.Infrastructure;

/// <summary>Assertions on problem responses (RFC 9457).</summary>
public static class HttpAssertions
{
    /// <summary>Asserts the status and a problem+json body, and returns the body.</summary>
    public static async Task<JsonElement> AssertProblemAsync(this HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"Expected {(int)status}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(body).RootElement;
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("title").GetString()));
        return problem;
    }

    /// <summary>Asserts a validation problem with an error on <paramref name="field"/>, and returns that field's messages.</summary>
    public static async Task<string[]> AssertFieldErrorAsync(this HttpResponseMessage response, string field, HttpStatusCode status = HttpStatusCode.BadRequest)
    {
        var problem = await response.AssertProblemAsync(status);
        var errors = problem.GetProperty("errors");
        Assert.True(errors.TryGetProperty(field, out var messages), $"No error on '{field}' in {errors}");
        var texts = messages.EnumerateArray().Select(message => message.GetString()!).ToArray();
        Assert.NotEmpty(texts);
        return texts;
    }

    public static async Task<T> ReadAsync<T>(this HttpResponseMessage response, HttpStatusCode status = HttpStatusCode.OK)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"Expected {(int)status}, got {(int)response.StatusCode}: {body}");
        return JsonSerializer.Deserialize<T>(body, JsonOptions)!;
    }

    /// <summary>The API's own JSON dialect, so responses read back into the Core records.</summary>
    public static JsonSerializerOptions JsonOptions => GeoGraph.Core.GraphJson.Options;

    /// <summary>
    /// Every item of a paged list, following <c>nextCursor</c> from the first page; asserts each page but the last
    /// is full and no item comes twice (by <paramref name="key"/>).
    /// </summary>
    public static async Task<List<T>> ReadAllPagesAsync<T>(this HttpClient client, string url, int limit, Func<T, string> key)
    {
        var items = new List<T>();
        string? cursor = null;
        var separator = url.Contains('?', StringComparison.Ordinal) ? '&' : '?';
        for (var pages = 0; ; pages++)
        {
            Assert.True(pages < 10_000, $"{url} does not end");
            var page = await (await client.GetAsync($"{url}{separator}limit={limit}{(cursor is null ? "" : "&cursor=" + Uri.EscapeDataString(cursor))}"))
                .ReadAsync<GeoGraph.Api.Validation.PageResponse<T>>();
            items.AddRange(page.Items);
            cursor = page.NextCursor;
            if (cursor is null)
                break;
            Assert.Equal(limit, page.Items.Count);
        }
        Assert.Equal(items.Count, items.Select(key).Distinct().Count());
        return items;
    }

    public static Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string url, object body) =>
        client.PostAsJsonAsync(url, body, JsonOptions);
}
