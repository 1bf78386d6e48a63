using System.Net;
using System.Text.Json;
using GeoGraph.Api.Validation;
using GeoGraph.Tests.Infrastructure;

namespace GeoGraph.Tests.Api;

/// <summary>The OpenAPI document states the bounds the API enforces: text lengths from the validators, and 413 and 415 on bodies.</summary>
public class SwaggerBoundsTests(GeoGraphFactory factory) : IClassFixture<GeoGraphFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    private async Task<JsonElement> DocumentAsync()
    {
        var response = await _client.GetAsync("/swagger/v1/swagger.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    [Theory]
    [InlineData("NodeInput", "name", RuleExtensions.MaxShortText)]
    [InlineData("NodeInput", "description", RuleExtensions.MaxText)]
    [InlineData("SourceInput", "title", RuleExtensions.MaxShortText)]
    public async Task TextFieldsCarryTheLengthTheirValidatorEnforces(string schema, string property, int maxLength)
    {
        var field = (await DocumentAsync()).GetProperty("components").GetProperty("schemas").GetProperty(schema).GetProperty("properties").GetProperty(property);
        Assert.Equal(maxLength, field.GetProperty("maxLength").GetInt32());
    }

    [Fact]
    public async Task ListsOfTextBoundTheirItemsNotTheList()
    {
        var aliases = (await DocumentAsync()).GetProperty("components").GetProperty("schemas").GetProperty("NodeInput").GetProperty("properties").GetProperty("aliases");
        Assert.False(aliases.TryGetProperty("maxLength", out _));
        Assert.Equal(RuleExtensions.MaxShortText, aliases.GetProperty("items").GetProperty("maxLength").GetInt32());
    }

    [Fact]
    public async Task EveryOperationWithABodyDocuments413And415()
    {
        var withBodies = (await DocumentAsync()).GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Where(operation => operation.Value.ValueKind == JsonValueKind.Object && operation.Value.TryGetProperty("requestBody", out _))
                .Select(operation => (Name: $"{operation.Name.ToUpperInvariant()} {path.Name}", Responses: operation.Value.GetProperty("responses"))))
            .ToList();
        Assert.NotEmpty(withBodies);
        Assert.All(withBodies, operation =>
        {
            Assert.True(operation.Responses.TryGetProperty("413", out _), $"{operation.Name} does not document 413");
            Assert.True(operation.Responses.TryGetProperty("415", out _), $"{operation.Name} does not document 415");
        });
    }
}
