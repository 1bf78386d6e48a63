using System.Net;
using System.Text.RegularExpressions;
using GeoGraph.Api.Explore;
using GeoGraph.Tests.Infrastructure;

namespace GeoGraph.Tests.Api;

/// <summary>The explorer's static files: linked from /, served by the service itself (no CDN), under its CSP.</summary>
public partial class ExplorePageTests(GeoGraphFactory factory) : IClassFixture<GeoGraphFactory>
{
    private readonly HttpClient _client = factory.CreateAnonymousClient();

    [GeneratedRegex("""(?:src|href)="([^"]+)"|from '([^']+)'""")]
    private static partial Regex References();

    [Fact]
    public async Task TheHomePageLinksToTheExplorer()
    {
        var home = await _client.GetStringAsync("/");

        Assert.Contains("href=\"/explore/\"", home, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExploreRedirectsToThePageWhichCarriesItsContentSecurityPolicy()
    {
        using var noRedirects = factory.CreateClient(new() { AllowAutoRedirect = false });
        var redirect = await noRedirects.GetAsync("/explore");
        var page = await _client.GetAsync("/explore/");

        Assert.Equal(HttpStatusCode.MovedPermanently, redirect.StatusCode);
        Assert.EndsWith("/explore/", redirect.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(ExploreSetup.ContentSecurityPolicy, page.Headers.GetValues("Content-Security-Policy").Single());
    }

    [Fact]
    public async Task EveryFileThePageLoadsIsServedByTheServiceItself()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Queue<Uri>([new Uri("http://localhost/explore/index.html")]);
        while (pending.TryDequeue(out var file))
        {
            var response = await _client.GetAsync(file.PathAndQuery);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{file.PathAndQuery}: {response.StatusCode}");
            if (!file.AbsolutePath.EndsWith(".html", StringComparison.Ordinal) && !file.AbsolutePath.EndsWith(".js", StringComparison.Ordinal))
                continue;
            foreach (Match reference in References().Matches(await response.Content.ReadAsStringAsync()))
            {
                var target = reference.Groups[1].Success ? reference.Groups[1].Value : reference.Groups[2].Value;
                if (target.StartsWith("data:", StringComparison.Ordinal) || target is "/" or "/swagger")
                    continue;
                var resolved = new Uri(file, target);
                Assert.True(resolved.Host == "localhost", $"{file.AbsolutePath} loads {target} from elsewhere");
                if (seen.Add(resolved.AbsolutePath))
                    pending.Enqueue(resolved);
            }
        }
        Assert.Contains("/explore/vendor/cytoscape.min.js", seen);
        Assert.Contains("/explore/js/graph.js", seen);
    }

    [Fact]
    public async Task WhenReadsNeedAKeyThePageStillLoadsAndItsApiCallsNeedOne()
    {
        using var readsNeedKey = new ReadKeyTests.RequireReadsFactory();
        var anonymous = readsNeedKey.CreateAnonymousClient();

        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/explore/")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/search?q=zelensky")).StatusCode);
    }
}
