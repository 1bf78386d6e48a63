using System.Net;
using GeoGraph.Tests.Api;
using GeoGraph.Tests.Infrastructure;

namespace GeoGraph.Tests.Telemetry;

/// <summary>
/// <c>/metrics</c> answers the Prometheus text format, with request durations and GeoGraph's own metrics, to admin keys.
/// Alone: ASP.NET Core's meters are per host, and OpenTelemetry drops a host's request metrics when another host
/// in the process disposes its meters of the same name (a service runs one host per process).
/// </summary>
[Collection(nameof(MetricsTests))]
public class MetricsTests(GeoGraphFactory factory) : IClassFixture<GeoGraphFactory>
{
    private readonly HttpClient _admin = factory.CreateClient();

    [Fact]
    public async Task MetricsShowRequestDurationsByRouteAfterARequest()
    {
        Assert.Equal(HttpStatusCode.OK, (await _admin.GetAsync("/api/vocabulary")).StatusCode);

        var metrics = await ScrapeUntilAsync(_admin, "http_route=\"/api/vocabulary\"");

        Assert.Contains(Lines(metrics), line => line.StartsWith("http_server_request_duration_seconds_bucket{", StringComparison.Ordinal)
            && line.Contains("http_route=\"/api/vocabulary\"", StringComparison.Ordinal) && line.Contains("http_response_status_code=\"200\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task MetricsShowStoreCallsByOperationAndTheSnapshotVersion()
    {
        var id = SeedGraph.NodesOf(Core.Model.NodeCategory.Actor)[0].Id;
        Assert.Equal(HttpStatusCode.OK, (await _admin.GetAsync($"/api/nodes/{id}")).StatusCode);

        var metrics = await ScrapeUntilAsync(_admin, "operation=\"GetNode\"");

        Assert.Contains(Lines(metrics), line => line.StartsWith("geograph_store_call_duration_seconds_count{", StringComparison.Ordinal)
            && line.Contains("operation=\"GetNode\"", StringComparison.Ordinal) && line.Contains("store=\"sqlite\"", StringComparison.Ordinal));
        Assert.Contains(Lines(metrics), line => line.StartsWith("geograph_snapshot_version{", StringComparison.Ordinal)
            && double.Parse(line.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture) >= 1);
        Assert.Contains(Lines(metrics), line => line.StartsWith("geograph_snapshot_build_duration_seconds_count{", StringComparison.Ordinal)
            && line.Contains("kind=\"full\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task MetricsNeedTheAdminScope()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.CreateAnonymousClient().GetAsync("/metrics")).StatusCode);
    }

    /// <summary>Scrapes until <paramref name="expected"/> shows: request metrics are recorded as the response ends.</summary>
    internal static async Task<string> ScrapeUntilAsync(HttpClient client, string expected)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            var response = await client.GetAsync("/metrics");
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"/metrics gave {(int)response.StatusCode}: {body}");
            Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
            if (body.Contains(expected, StringComparison.Ordinal) || DateTime.UtcNow > deadline)
                return body;
            await Task.Delay(200);
        }
    }

    private static string[] Lines(string metrics) => metrics.Split('\n');
}

[CollectionDefinition(nameof(MetricsTests), DisableParallelization = true)]
public sealed class MetricsRunAlone;

/// <summary>With <c>Metrics:Public</c>, a scraper needs no key.</summary>
public class PublicMetricsTests(PublicMetricsTests.Factory factory) : IClassFixture<PublicMetricsTests.Factory>
{
    public sealed class Factory : GeoGraphFactory
    {
        protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string> { ["Metrics:Public"] = "true" };
    }

    [Fact]
    public async Task PublicMetricsAnswerWithoutAKey()
    {
        var metrics = await MetricsTests.ScrapeUntilAsync(factory.CreateAnonymousClient(), "geograph_snapshot_version");

        Assert.Contains("# TYPE geograph_snapshot_version gauge", metrics, StringComparison.Ordinal);
    }
}
