using System.Net;
using GeoGraph.Tests.Infrastructure;

namespace GeoGraph.Tests.Http;

/// <summary>CORS from <c>Cors:Origins</c>: only the listed origins, preflights answered before keys and rate limits.</summary>
public class CorsTests(CorsTests.FrontEndFactory factory) : IClassFixture<CorsTests.FrontEndFactory>
{
    private const string FrontEnd = "http://localhost:5173";

    public sealed class FrontEndFactory : GeoGraphFactory
    {
        protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
        {
            ["Cors:Origins:0"] = FrontEnd,
            ["RateLimiting:Enabled"] = "true",
            ["RateLimiting:PermitsPerMinute"] = "5",
        };
    }

    [Fact]
    public async Task APreflightFromAConfiguredOriginAnswers204WithoutAKeyAndPastTheRateLimit()
    {
        var client = factory.CreateAnonymousClient();

        for (var i = 0; i < 20; i++)
        {
            var response = await client.SendAsync(Preflight(FrontEnd, "PUT", "x-api-key,if-match,content-type"));

            Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
            Assert.Equal([FrontEnd], response.Headers.GetValues("Access-Control-Allow-Origin"));
            Assert.Contains("PUT", response.Headers.GetValues("Access-Control-Allow-Methods").Single(), StringComparison.Ordinal);
            var headers = response.Headers.GetValues("Access-Control-Allow-Headers").Single();
            Assert.All(["X-Api-Key", "If-Match", "Content-Type"], header => Assert.Contains(header, headers, StringComparison.OrdinalIgnoreCase));
            Assert.False(response.Headers.Contains("Access-Control-Allow-Credentials"));
        }
    }

    [Fact]
    public async Task APreflightFromAnUnlistedOriginGetsNoAllowOrigin()
    {
        var response = await factory.CreateAnonymousClient().SendAsync(Preflight("http://evil.example", "DELETE", "x-api-key"));

        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task AnAnswerToAConfiguredOriginExposesETagLocationAndRetryAfter()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/actors/donald-trump");
        request.Headers.Add("Origin", FrontEnd);

        var response = await factory.CreateClient().SendAsync(request);

        Assert.Equal([FrontEnd], response.Headers.GetValues("Access-Control-Allow-Origin"));
        var exposed = response.Headers.GetValues("Access-Control-Expose-Headers").Single();
        Assert.All(["ETag", "Location", "Retry-After"], header => Assert.Contains(header, exposed, StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("*")]
    [InlineData("http://localhost:5173/app")]
    [InlineData("localhost:5173")]
    public void AnOriginThatIsNotOneStopsTheStart(string origin)
    {
        using var bad = new BadOriginFactory(origin);

        var error = Assert.ThrowsAny<Exception>(() => bad.CreateClient());

        Assert.Contains("Cors:Origins", StartupErrors.Innermost(error).Message, StringComparison.Ordinal);
    }

    private sealed class BadOriginFactory(string origin) : GeoGraphFactory
    {
        protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string> { ["Cors:Origins:0"] = origin };
    }

    private static HttpRequestMessage Preflight(string origin, string method, string headers)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, "/api/actors/donald-trump");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", method);
        request.Headers.Add("Access-Control-Request-Headers", headers);
        return request;
    }
}
