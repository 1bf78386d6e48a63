namespace GeoGraph.Api.Health;

/// <summary>
/// <c>dotnet GeoGraph.Api.dll --healthcheck [url]</c>: asks a running instance for its liveness and exits 0 when it
/// answers 200, 1 otherwise. For container health checks, since the runtime image has neither curl nor wget.
/// </summary>
public static class HealthProbe
{
    public const string Argument = "--healthcheck";

    public static readonly Uri DefaultUrl = new("http://localhost:8080/health/live");

    public static bool IsRequested(string[] args) => args.Length > 0 && args[0] == Argument;

    public static async Task<int> RunAsync(string[] args)
    {
        var url = args.Length > 1 ? new Uri(args[1]) : DefaultUrl;
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        return await ProbeAsync(client, url);
    }

    public static async Task<int> ProbeAsync(HttpClient client, Uri url)
    {
        try
        {
            using var response = await client.GetAsync(url);
            Console.WriteLine($"{url}: {(int)response.StatusCode}");
            return response.IsSuccessStatusCode ? 0 : 1;
        }
        catch (Exception failure) when (failure is HttpRequestException or TaskCanceledException)
        {
            Console.WriteLine($"{url}: {failure.Message}");
            return 1;
        }
    }
}
