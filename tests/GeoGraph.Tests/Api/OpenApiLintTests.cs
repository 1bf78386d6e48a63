using GeoGraph.Tests.Infrastructure;

namespace GeoGraph.Tests.Api;

/// <summary>The served OpenAPI document passes Spectral (spectral:oas) and Redocly (recommended) with no error and no warning.</summary>
public class OpenApiLintTests(GeoGraphFactory factory) : IClassFixture<GeoGraphFactory>
{
    [Fact]
    public async Task TheDocumentHasNoLintErrorsOrWarnings()
    {
        var path = Path.Combine(Path.GetTempPath(), $"geograph-openapi-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(path, await factory.CreateClient().GetStringAsync("/swagger/v1/swagger.json"));
        try
        {
            var findings = await OpenApiLinters.LintAsync(path);

            Assert.True(findings.Count == 0, $"{findings.Count} lint findings:\n{string.Join('\n', findings)}");
        }
        finally
        {
            File.Delete(path);
        }
    }
}
