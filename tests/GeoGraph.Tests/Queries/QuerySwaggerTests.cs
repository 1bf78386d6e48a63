using System.Net;
using System.Text.Json;
using GeoGraph.Tests.Infrastructure;

namespace GeoGraph.Tests.Queries;

/// <summary>Every graph query route is in the OpenAPI document with its operationId, summary and query parameters.</summary>
public class QuerySwaggerTests(GeoGraphFactory factory) : IClassFixture<GeoGraphFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    private static readonly (string Route, string OperationId, string Parameters)[] Table =
    [
        ("/api/graph/neighborhood/{id}", "GetNeighborhood", "id depth types kinds direction from to limit"),
        ("/api/graph/paths", "GetPaths", "from to maxHops k types direction"),
        ("/api/graph/centrality", "GetCentrality", "measure kind top"),
        ("/api/graph/stats", "GetStats", ""),
        ("/api/timeline", "GetTimeline", "actor with from to kinds limit"),
        ("/api/claims/disputed", "GetDisputedClaims", ""),
        ("/api/deals/{id}/drafts", "GetDealDrafts", "id"),
    ];

    public static TheoryData<string, string> OperationIds => Data(row => row.OperationId);

    public static TheoryData<string, string> Parameters => Data(row => row.Parameters);

    private static TheoryData<string, string> Data(Func<(string Route, string OperationId, string Parameters), string> column)
    {
        var data = new TheoryData<string, string>();
        foreach (var row in Table)
            data.Add(row.Route, column(row));
        return data;
    }

    private async Task<JsonElement> OperationAsync(string route)
    {
        var response = await _client.GetAsync("/swagger/v1/swagger.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var paths = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("paths");
        Assert.True(paths.TryGetProperty(route, out var path), $"{route} is missing from the OpenAPI document");
        Assert.True(path.TryGetProperty("get", out var operation), $"{route} has no GET operation");
        return operation.Clone();
    }

    [Theory, MemberData(nameof(OperationIds))]
    public async Task TheRouteIsDocumentedWithItsOperationIdAndASummary(string route, string operationId)
    {
        var operation = await OperationAsync(route);

        Assert.Equal(operationId, operation.GetProperty("operationId").GetString());
        Assert.False(string.IsNullOrWhiteSpace(operation.GetProperty("summary").GetString()), $"{route} has no summary");
    }

    [Theory, MemberData(nameof(Parameters))]
    public async Task EveryParameterIsDocumentedUnderTheNameClientsUse(string route, string parameters)
    {
        var operation = await OperationAsync(route);

        var documented = operation.TryGetProperty("parameters", out var list)
            ? list.EnumerateArray().Where(parameter => parameter.GetProperty("in").GetString() != "header").Select(parameter => parameter.GetProperty("name").GetString()!).Order(StringComparer.Ordinal).ToList()
            : [];
        Assert.Equal(parameters.Split(' ', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal), documented);
    }

    [Theory]
    [InlineData("/api/graph/neighborhood/{id}")]
    [InlineData("/api/graph/paths")]
    [InlineData("/api/timeline")]
    [InlineData("/api/deals/{id}/drafts")]
    public async Task RoutesThatLookUpNodesDocumentNotFound(string route)
    {
        var operation = await OperationAsync(route);

        Assert.True(operation.GetProperty("responses").TryGetProperty("404", out _), $"{route} documents no 404");
    }
}
