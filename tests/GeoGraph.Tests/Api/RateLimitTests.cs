using System.Net;
using GeoGraph.Tests.Infrastructure;

namespace GeoGraph.Tests.Api;

/// <summary>Rate limits: a general token bucket per client, and a stricter one on expensive routes; 429 problem with Retry-After.</summary>
public class RateLimitTests(RateLimitTests.LimitedFactory factory) : IClassFixture<RateLimitTests.LimitedFactory>
{
    public sealed class LimitedFactory : GeoGraphFactory
    {
        protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
        {
            ["RateLimiting:Enabled"] = "true",
            ["RateLimiting:ExpensivePermitsPerMinute"] = "5",
        };
    }

    private static async Task<HttpResponseMessage?> FirstRejectionAsync(HttpClient client, string url, int attempts)
    {
        for (var i = 0; i < attempts; i++)
        {
            var response = await client.GetAsync(url);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
                return response;
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
        return null;
    }

    [Fact]
    public async Task AThousandRapidRequestsFromOneClientAreCutOffWithRetryAfterAndAProblem()
    {
        var rejected = await FirstRejectionAsync(factory.CreateAnonymousClient(), "/api/vocabulary", 1_000);

        Assert.NotNull(rejected);
        await rejected.AssertProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.True(rejected.Headers.RetryAfter?.Delta is { TotalSeconds: >= 1 }, $"Retry-After: {rejected.Headers.RetryAfter}");
    }

    [Fact]
    public async Task ExpensiveRoutesHaveAStricterBudgetPerKey()
    {
        // The admin key's own partition: the anonymous test above does not touch it.
        var rejected = await FirstRejectionAsync(factory.CreateClient(), "/api/graph/centrality?measure=degree&top=3", 20);

        Assert.NotNull(rejected);
        await rejected.AssertProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.NotNull(rejected.Headers.RetryAfter);
    }
}
