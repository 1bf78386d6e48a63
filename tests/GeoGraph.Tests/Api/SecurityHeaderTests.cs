using System.Net;
using GeoGraph.Api.Health;
using GeoGraph.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GeoGraph.Tests.Api;

/// <summary>Response headers and server settings that make the service safer to expose.</summary>
public class SecurityHeaderTests(GeoGraphFactory factory) : IClassFixture<GeoGraphFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData("/api/vocabulary", HttpStatusCode.OK)]
    [InlineData("/api/nodes/Not_An_Id", HttpStatusCode.BadRequest)]
    [InlineData("/api/nodes/no-such-node", HttpStatusCode.NotFound)]
    [InlineData("/no-such-route", HttpStatusCode.NotFound)]
    [InlineData("/health/live", HttpStatusCode.OK)]
    public async Task EveryResponseForbidsContentSniffing(string url, HttpStatusCode status)
    {
        var response = await _client.GetAsync(url);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal(["nosniff"], response.Headers.GetValues("X-Content-Type-Options"));
    }

    [Fact]
    public async Task ATooLargeBodyIsAnsweredWithNosniffToo()
    {
        var response = await _client.PostAsync("/api/actors", new ByteArrayContent(new byte[2 * 1024 * 1024]) { Headers = { ContentType = new("application/json") } });

        await response.AssertProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal(["nosniff"], response.Headers.GetValues("X-Content-Type-Options"));
    }

    [Fact]
    public void KestrelSendsNoServerHeaderAndCapsBodiesAtTheLargestAnyRouteTakes()
    {
        var kestrel = factory.Services.GetRequiredService<IOptions<KestrelServerOptions>>().Value;

        // Kestrel's own cap is the import route's; every other route is held to Limits:MaxBodyBytes (test above).
        Assert.False(kestrel.AddServerHeader);
        Assert.Equal(256L * 1024 * 1024, kestrel.Limits.MaxRequestBodySize);
    }

    [Fact]
    public async Task HttpsResponsesOutsideDevelopmentCarryHsts()
    {
        var https = factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://geograph.example") });

        var secure = await https.GetAsync("/api/vocabulary");
        var plain = await _client.GetAsync("/api/vocabulary");

        Assert.StartsWith("max-age=", secure.Headers.GetValues("Strict-Transport-Security").Single(), StringComparison.Ordinal);
        Assert.False(plain.Headers.Contains("Strict-Transport-Security"));
        Assert.False(plain.Headers.Contains("Server"));
    }

    [Fact]
    public async Task TheHealthProbeExitsZeroWhenTheServiceIsLiveAndOneOtherwise()
    {
        Assert.Equal(0, await HealthProbe.ProbeAsync(_client, new Uri("/health/live", UriKind.Relative)));
        Assert.Equal(1, await HealthProbe.ProbeAsync(_client, new Uri("/health/nowhere", UriKind.Relative)));
    }
}

/// <summary>In Production, Swagger is off unless <c>Swagger:Enabled</c> turns it on.</summary>
public class ProductionSwaggerTests(ProductionFactory factory) : IClassFixture<ProductionFactory>
{
    [Theory]
    [InlineData("/swagger/v1/swagger.json")]
    [InlineData("/swagger/index.html")]
    public async Task SwaggerIsNotServedInProduction(string url)
    {
        var response = await factory.CreateClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task TheApiItselfIsServedInProduction() =>
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateClient().GetAsync("/api/actors/donald-trump")).StatusCode);
}

public sealed class ProductionFactory : GeoGraphFactory
{
    protected override string EnvironmentName => "Production";

    protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>();
}
