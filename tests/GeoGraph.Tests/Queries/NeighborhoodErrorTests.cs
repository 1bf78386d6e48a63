using System.Net;
using GeoGraph.Tests.Infrastructure;

namespace GeoGraph.Tests.Queries;

/// <summary>Problem responses of <c>GET /api/graph/neighborhood/{id}</c>.</summary>
public class NeighborhoodErrorTests(GeoGraphFactory factory) : IClassFixture<GeoGraphFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task AnUnknownNodeIsNotFoundAndTheProblemNamesIt()
    {
        var response = await _client.GetAsync("/api/graph/neighborhood/nobody-at-all");

        var problem = await response.AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.Contains("nobody-at-all", problem.GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData("depth=0", "depth")]
    [InlineData("depth=4", "depth")]
    [InlineData("depth=abc", "depth")]
    [InlineData("depth=-1", "depth")]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=1001", "limit")]
    [InlineData("limit=ten", "limit")]
    [InlineData("direction=sideways", "direction")]
    [InlineData("direction=OUT", "direction")]
    [InlineData("from=2025-13", "from")]
    [InlineData("from=2025-03&to=2025-02", "to")]
    public async Task ABadQueryValueIsAnErrorOnItsField(string query, string field)
    {
        var response = await _client.GetAsync($"/api/graph/neighborhood/volodymyr-zelensky?{query}");

        await response.AssertFieldErrorAsync(field);
    }

    [Theory]
    [InlineData("types=LIKES", "types")]
    [InlineData("types=accused", "types")]
    [InlineData("kinds=Human", "kinds")]
    [InlineData("kinds=person", "kinds")]
    [InlineData("kinds=Person&kinds=Dragon", "kinds")]
    public async Task AnUnknownRelationTypeOrNodeKindIsAnErrorOnThatParameter(string query, string field)
    {
        var response = await _client.GetAsync($"/api/graph/neighborhood/volodymyr-zelensky?{query}");

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains(problem.GetProperty("errors").EnumerateObject(), error => error.Name.StartsWith(field, StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnIdThatIsNoSlugIsAnErrorOnId()
    {
        var response = await _client.GetAsync("/api/graph/neighborhood/Volodymyr_Zelensky");

        await response.AssertFieldErrorAsync("id");
    }
}
