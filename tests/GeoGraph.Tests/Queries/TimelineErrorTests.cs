using System.Net;
using GeoGraph.Tests.Infrastructure;

namespace GeoGraph.Tests.Queries;

/// <summary>Problem responses of <c>GET /api/timeline</c>.</summary>
public class TimelineErrorTests(GeoGraphFactory factory) : IClassFixture<GeoGraphFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData("actor=nobody-at-all", "nobody-at-all")]
    [InlineData("actor=donald-trump&with=nobody-at-all", "nobody-at-all")]
    [InlineData("actor=nobody-at-all&with=donald-trump", "nobody-at-all")]
    public async Task AnUnknownActorIsNotFoundAndTheProblemNamesIt(string query, string unknown)
    {
        var response = await _client.GetAsync($"/api/timeline?{query}");

        var problem = await response.AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.Contains($"'{unknown}'", problem.GetProperty("detail").GetString());
        Assert.DoesNotContain("donald-trump", problem.GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData("with=donald-trump", "with")]
    [InlineData("actor=donald-trump&with=donald-trump", "with")]
    [InlineData("actor=Donald_Trump", "actor")]
    [InlineData("from=2025-02-30", "from")]
    [InlineData("from=2025-03&to=2025-02", "to")]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=501", "limit")]
    public async Task ABadQueryIsAnErrorOnItsField(string query, string field)
    {
        var response = await _client.GetAsync($"/api/timeline?{query}");

        await response.AssertFieldErrorAsync(field);
    }

    [Theory]
    [InlineData("Person")]
    [InlineData("FigureClaim")]
    [InlineData("Unicorn")]
    public async Task AKindThatIsNoEventKindIsAnErrorOnKinds(string kind)
    {
        var response = await _client.GetAsync($"/api/timeline?kinds=Meeting&kinds={kind}");

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains(problem.GetProperty("errors").EnumerateObject(), error => error.Name.StartsWith("kinds", StringComparison.Ordinal));
    }
}
