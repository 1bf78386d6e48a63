using System.Net;
using System.Text.Json;
using GeoGraph.Core.Model;
using GeoGraph.Tests.Infrastructure;

namespace GeoGraph.Tests.Api;

/// <summary>The OpenAPI document describes every route, and the Swagger UI is served.</summary>
public class SwaggerTests(GeoGraphFactory factory) : IClassFixture<GeoGraphFactory>
{
    private static readonly string[] HttpMethods = ["get", "post", "put", "delete", "patch"];

    private readonly HttpClient _client = factory.CreateClient();

    public static TheoryData<string> Routes
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var category in Enum.GetValues<NodeCategory>())
            {
                var collection = $"/api/{category.ToString().ToLowerInvariant()}s";
                data.Add(collection);
                data.Add(collection + "/{id}");
            }
            foreach (var route in new[] { "/api/relations", "/api/relations/{id}", "/api/nodes/{id}", "/api/nodes/{id}/relations", "/api/search", "/api/sources", "/api/sources/{id}", "/api/vocabulary" })
                data.Add(route);
            return data;
        }
    }

    private async Task<JsonElement> DocumentAsync()
    {
        var response = await _client.GetAsync("/swagger/v1/swagger.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    private async Task<IReadOnlyList<(string Path, string Method, JsonElement Operation)>> OperationsAsync() =>
        [.. (await DocumentAsync()).GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject()
                .Where(operation => HttpMethods.Contains(operation.Name))
                .Select(operation => (path.Name, operation.Name, operation.Value)))];

    [Theory, MemberData(nameof(Routes))]
    public async Task EveryRouteIsDocumented(string route)
    {
        var paths = (await DocumentAsync()).GetProperty("paths");

        Assert.True(paths.TryGetProperty(route, out _), $"{route} is missing from the OpenAPI document");
    }

    [Fact]
    public async Task EveryOperationHasAUniqueOperationIdAndASummary()
    {
        var operations = await OperationsAsync();

        Assert.NotEmpty(operations);
        Assert.All(operations, item =>
        {
            Assert.True(item.Operation.TryGetProperty("operationId", out var id) && !string.IsNullOrWhiteSpace(id.GetString()), $"{item.Method} {item.Path} has no operationId");
            Assert.True(item.Operation.TryGetProperty("summary", out var summary) && !string.IsNullOrWhiteSpace(summary.GetString()), $"{item.Method} {item.Path} has no summary");
        });
        var ids = operations.Select(item => item.Operation.GetProperty("operationId").GetString()).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Fact]
    public async Task EveryOperationThatCanFailDocumentsItsClientErrors()
    {
        var operations = await OperationsAsync();

        Assert.All(operations, item =>
        {
            var responses = item.Operation.GetProperty("responses").EnumerateObject().Select(response => response.Name).ToHashSet();
            var takesInput = item.Operation.TryGetProperty("parameters", out var parameters) && parameters.GetArrayLength() > 0
                || item.Operation.TryGetProperty("requestBody", out _);
            if (takesInput)
                Assert.True(responses.Contains("400"), $"{item.Method} {item.Path} takes input but documents no 400: {string.Join(", ", responses)}");
            if (item.Path.Contains("{id}", StringComparison.Ordinal))
                Assert.True(responses.Contains("404"), $"{item.Method} {item.Path} names an id but documents no 404");
            // API keys get random ids, so creating one cannot conflict.
            if (item.Method == "post" && responses.Contains("201") && item.Path != "/api/keys")
                Assert.True(responses.Contains("409"), $"POST {item.Path} creates by id but documents no 409");
        });
    }

    [Fact]
    public async Task QueryParametersAreDocumentedAsClientsSpellThemAndAsErrorsNameThem()
    {
        var operations = await OperationsAsync();

        var names = operations.SelectMany(item => item.Operation.TryGetProperty("parameters", out var parameters)
            ? parameters.EnumerateArray().Where(parameter => parameter.GetProperty("in").GetString() != "header").Select(parameter => $"{item.Method} {item.Path} {parameter.GetProperty("name").GetString()}")
            : []).ToList();
        Assert.Contains("get /api/search q", names);
        Assert.Contains("get /api/events limit", names);
        Assert.Contains("get /api/nodes/{id}/relations direction", names);
        Assert.All(names, name => Assert.True(char.IsLower(name.Split(' ')[2][0]), $"{name} is not camelCase"));
    }

    [Fact]
    public async Task ClientErrorsAreDocumentedAsProblemJson()
    {
        var operations = await OperationsAsync();

        var clientErrors = operations.SelectMany(item => item.Operation.GetProperty("responses").EnumerateObject()
            .Where(response => response.Name.StartsWith('4'))
            .Select(response => (Where: $"{item.Method} {item.Path} {response.Name}", response.Value))).ToList();
        Assert.NotEmpty(clientErrors);
        Assert.All(clientErrors, error =>
            Assert.True(error.Value.TryGetProperty("content", out var content) && content.TryGetProperty("application/problem+json", out _), $"{error.Where} is not problem+json"));
    }

    [Fact]
    public async Task TheSwaggerUiIsServedAsHtml()
    {
        var response = await _client.GetAsync("/swagger/index.html");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("swagger", await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }
}
