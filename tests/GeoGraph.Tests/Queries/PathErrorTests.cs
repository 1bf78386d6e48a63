using System.Net;
using GeoGraph.Tests.Infrastructure;

namespace GeoGraph.Tests.Queries;

/// <summary>Problem responses of <c>GET /api/graph/paths</c>.</summary>
public class PathErrorTests(GeoGraphFactory factory) : IClassFixture<GeoGraphFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData("nobody-at-all", "volodymyr-zelensky", "nobody-at-all")]
    [InlineData("scott-bessent", "nobody-at-all", "nobody-at-all")]
    [InlineData("nobody-here", "nobody-there", "nobody-here")]
    public async Task AnUnknownEndIsNotFoundAndTheProblemNamesTheUnknownId(string from, string to, string unknown)
    {
        var response = await _client.GetAsync($"/api/graph/paths?from={from}&to={to}");

        var problem = await response.AssertProblemAsync(HttpStatusCode.NotFound);
        var detail = problem.GetProperty("detail").GetString();
        Assert.Contains($"'{unknown}'", detail);
        foreach (var known in new[] { from, to }.Where(SeedTopology.NodeIds.Contains))
            Assert.DoesNotContain(known, detail);
    }

    [Theory]
    [InlineData("from=scott-bessent&to=scott-bessent", "to")]
    [InlineData("to=volodymyr-zelensky", "from")]
    [InlineData("from=scott-bessent", "to")]
    [InlineData("from=&to=volodymyr-zelensky", "from")]
    [InlineData("from=Scott_Bessent&to=volodymyr-zelensky", "from")]
    [InlineData("from=scott-bessent&to=volodymyr-zelensky&maxHops=0", "maxHops")]
    [InlineData("from=scott-bessent&to=volodymyr-zelensky&maxHops=7", "maxHops")]
    [InlineData("from=scott-bessent&to=volodymyr-zelensky&maxHops=two", "maxHops")]
    [InlineData("from=scott-bessent&to=volodymyr-zelensky&k=0", "k")]
    [InlineData("from=scott-bessent&to=volodymyr-zelensky&k=11", "k")]
    [InlineData("from=scott-bessent&to=volodymyr-zelensky&k=1.5", "k")]
    [InlineData("from=scott-bessent&to=volodymyr-zelensky&direction=forwards", "direction")]
    public async Task ABadQueryIsAnErrorOnItsField(string query, string field)
    {
        var response = await _client.GetAsync($"/api/graph/paths?{query}");

        await response.AssertFieldErrorAsync(field);
    }

    [Theory]
    [InlineData("LIKES")]
    [InlineData("presented")]
    public async Task AnUnknownRelationTypeIsAnErrorOnTypes(string type)
    {
        var response = await _client.GetAsync($"/api/graph/paths?from=scott-bessent&to=volodymyr-zelensky&types={type}");

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains(problem.GetProperty("errors").EnumerateObject(), error => error.Name.StartsWith("types", StringComparison.Ordinal));
    }
}
