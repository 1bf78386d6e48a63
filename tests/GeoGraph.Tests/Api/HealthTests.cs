using System.Net;
using System.Text.Json;
using GeoGraph.Api.Validation;
using GeoGraph.Core.Graph;
using GeoGraph.Core.Model;
using GeoGraph.Tests.Infrastructure;

namespace GeoGraph.Tests.Api;

/// <summary><c>/health</c> checks the store; <c>/health/live</c> only that the process answers.</summary>
public class HealthTests(GeoGraphFactory factory) : IClassFixture<GeoGraphFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    private async Task<JsonElement> ReportAsync(string url)
    {
        var response = await _client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url} gave {(int)response.StatusCode}: {body}");
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    [Fact]
    public async Task HealthIsHealthyWithAHealthyStoreCheck()
    {
        var report = await ReportAsync("/health");

        Assert.Equal("Healthy", report.GetProperty("status").GetString());
        var store = report.GetProperty("checks").GetProperty("store");
        Assert.Equal("Healthy", store.GetProperty("status").GetString());
        Assert.False(string.IsNullOrWhiteSpace(store.GetProperty("description").GetString()));
    }

    [Fact]
    public async Task LivenessAnswersWithoutCheckingTheStore()
    {
        var report = await ReportAsync("/health/live");

        Assert.Equal("Healthy", report.GetProperty("status").GetString());
        Assert.False(report.GetProperty("checks").TryGetProperty("store", out _));
    }
}

/// <summary>A store without the seed is still healthy: health does not depend on data.</summary>
public class EmptyStoreHealthTests(EmptyGraphFactory factory) : IClassFixture<EmptyGraphFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task AnEmptyStoreIsHealthyAndListsNothing()
    {
        var health = await _client.GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal("Healthy", JsonDocument.Parse(await health.Content.ReadAsStringAsync()).RootElement.GetProperty("status").GetString());

        var actors = await (await _client.GetAsync("/api/actors")).ReadAsync<PageResponse<Node>>();
        Assert.Empty(actors.Items);
        Assert.Empty((await (await _client.GetAsync("/api/sources")).ReadAsync<PageResponse<SourceSummary>>()).Items);
    }
}
