using System.Diagnostics;
using System.Text.Json;
using GeoGraph.Synthetic;

namespace GeoGraph.Benchmarks;

/// <summary>One answer as the load tools see it: status 0 when the request failed below HTTP (see <see cref="Error"/>).</summary>
internal sealed record Reply(int Status, double Milliseconds, byte[] Body, string? Error)
{
    public bool IsSuccess => Status is >= 200 and < 300;
}

/// <summary>The HTTP plumbing the load modes share: clients, the actor ids to query, timed requests.</summary>
internal static class LoadClient
{
    /// <summary>Ids of the writers' own nodes, left out when ids are paged from the service.</summary>
    public const string WriterIdPrefix = "bench-w-";

    /// <summary>A client with its own pool of at most <paramref name="connections"/> connections.</summary>
    public static HttpClient Create(Uri url, int connections) =>
        new(new SocketsHttpHandler { MaxConnectionsPerServer = connections, PooledConnectionLifetime = Timeout.InfiniteTimeSpan, UseProxy = false }, disposeHandler: true)
        {
            BaseAddress = url,
            Timeout = TimeSpan.FromSeconds(30),
        };

    /// <summary>
    /// With <paramref name="actors"/>, the random actors of the generated graph of that many actors (<c>actor-{i}</c>);
    /// otherwise up to 5,000 actor ids paged from <c>/api/actors</c>.
    /// </summary>
    public static async Task<IReadOnlyList<string>> ActorIdsAsync(HttpClient client, int? actors)
    {
        if (actors is { } count)
        {
            var options = new SyntheticGraphOptions { Actors = count, Relations = int.MaxValue };
            return [.. Enumerable.Range(0, options.RandomActors).Select(SyntheticGraph.ActorId)];
        }
        var ids = new List<string>();
        string? cursor = null;
        for (var page = 0; page < 25; page++)
        {
            var url = "/api/actors?limit=200" + (cursor is null ? "" : "&cursor=" + Uri.EscapeDataString(cursor));
            using var document = JsonDocument.Parse(await client.GetStringAsync(new Uri(url, UriKind.Relative)));
            ids.AddRange(document.RootElement.GetProperty("items").EnumerateArray().Select(item => item.GetProperty("id").GetString()!)
                .Where(id => !id.StartsWith(WriterIdPrefix, StringComparison.Ordinal)));
            cursor = document.RootElement.TryGetProperty("nextCursor", out var next) && next.ValueKind == JsonValueKind.String ? next.GetString() : null;
            if (cursor is null)
                break;
        }
        return ids;
    }

    /// <summary>Sends a request and reads the whole answer, timing both; never throws for failures of the exchange.</summary>
    public static async Task<Reply> SendAsync(HttpClient client, HttpRequestMessage request)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, CancellationToken.None);
            var body = await response.Content.ReadAsByteArrayAsync(CancellationToken.None);
            return new Reply((int)response.StatusCode, Stopwatch.GetElapsedTime(started).TotalMilliseconds, body, null);
        }
        catch (Exception error) when (error is HttpRequestException or TaskCanceledException or IOException)
        {
            return new Reply(0, Stopwatch.GetElapsedTime(started).TotalMilliseconds, [], $"{error.GetType().Name}: {error.Message}");
        }
        finally
        {
            request.Dispose();
        }
    }

    public static Task<Reply> GetAsync(HttpClient client, Uri url) => SendAsync(client, new HttpRequestMessage(HttpMethod.Get, url));
}
