using System.Text.Json;
using GeoGraph.Tests.Infrastructure;

namespace GeoGraph.Tests.Api;

/// <summary>The OpenAPI document offers bearer and X-Api-Key schemes, and marks the operations that need a scope.</summary>
public class SwaggerSecurityTests(GeoGraphFactory factory) : IClassFixture<GeoGraphFactory>
{
    private async Task<JsonElement> DocumentAsync() =>
        JsonDocument.Parse(await (await factory.CreateAnonymousClient().GetAsync("/swagger/v1/swagger.json")).Content.ReadAsStringAsync()).RootElement.Clone();

    [Fact]
    public async Task TheDocumentHasABearerAndAnApiKeyScheme()
    {
        var schemes = (await DocumentAsync()).GetProperty("components").GetProperty("securitySchemes");

        Assert.Equal("bearer", schemes.GetProperty("Bearer").GetProperty("scheme").GetString());
        Assert.Equal("X-Api-Key", schemes.GetProperty("ApiKey").GetProperty("name").GetString());
        Assert.Equal("header", schemes.GetProperty("ApiKey").GetProperty("in").GetString());
    }

    [Theory]
    [InlineData("/api/actors", "post", "write")]
    [InlineData("/api/relations/{id}", "delete", "write")]
    [InlineData("/api/cypher", "post", "cypher")]
    [InlineData("/api/keys", "get", "admin")]
    public async Task AnOperationThatNeedsAScopeListsItWith401And403(string path, string method, string scope)
    {
        var operation = (await DocumentAsync()).GetProperty("paths").GetProperty(path).GetProperty(method);

        Assert.Contains(operation.GetProperty("security").EnumerateArray(), requirement => requirement.TryGetProperty("Bearer", out _));
        Assert.Equal(scope, operation.GetProperty("x-scope").GetString());
        Assert.True(operation.GetProperty("responses").TryGetProperty("401", out _));
        Assert.True(operation.GetProperty("responses").TryGetProperty("403", out _));
    }

    [Fact]
    public async Task AnonymousReadsListNoSecurity()
    {
        var operation = (await DocumentAsync()).GetProperty("paths").GetProperty("/api/actors").GetProperty("get");

        Assert.False(operation.TryGetProperty("security", out _));
    }
}
