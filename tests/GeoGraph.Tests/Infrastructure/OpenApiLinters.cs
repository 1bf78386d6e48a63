using System.Text.Json;

namespace GeoGraph.Tests.Infrastructure;

/// <summary>
/// Lints an OpenAPI document with Spectral (<c>spectral:oas</c>) and Redocly (<c>recommended</c>), pinned in
/// <c>tests/openapi-lint</c> with their rulesets, and returns every error and warning.
/// </summary>
public static class OpenApiLinters
{
    private static readonly string Folder = RepoFiles.PathOf("tests", "openapi-lint");

    public sealed record Finding(string Linter, string Severity, string Rule, string Message, string Where)
    {
        public override string ToString() => $"{Linter} {Severity} {Rule} at {Where}: {Message}";
    }

    public static async Task<IReadOnlyList<Finding>> LintAsync(string documentPath) =>
        [.. await SpectralAsync(documentPath), .. await RedoclyAsync(documentPath)];

    private static async Task<IEnumerable<Finding>> SpectralAsync(string documentPath)
    {
        var run = await NodeHarness.RunAsync(Folder, ["node_modules/@stoplight/spectral-cli/dist/index.js", "lint", documentPath, "--ruleset", ".spectral.yaml", "--format", "json", "--quiet"]);
        using var results = Parse("Spectral", run);
        // Spectral's severities: 0 error, 1 warning, 2 information, 3 hint.
        return [.. results.RootElement.EnumerateArray()
            .Where(result => result.GetProperty("severity").GetInt32() <= 1)
            .Select(result => new Finding("Spectral", result.GetProperty("severity").GetInt32() == 0 ? "error" : "warning", result.GetProperty("code").GetString()!,
                result.GetProperty("message").GetString()!, string.Join('.', result.GetProperty("path").EnumerateArray())))];
    }

    private static async Task<IEnumerable<Finding>> RedoclyAsync(string documentPath)
    {
        var run = await NodeHarness.RunAsync(Folder, ["node_modules/@redocly/cli/bin/cli.js", "lint", documentPath, "--config", "redocly.yaml", "--format", "json"]);
        using var results = Parse("Redocly", run);
        return [.. results.RootElement.GetProperty("problems").EnumerateArray()
            .Select(problem => new Finding("Redocly", problem.GetProperty("severity").GetString()!, problem.GetProperty("ruleId").GetString()!,
                problem.GetProperty("message").GetString()!, problem.GetProperty("location")[0].GetProperty("pointer").GetString()!))];
    }

    // Both linters exit non-zero when they find errors, so the output, not the exit code, tells whether they ran.
    private static JsonDocument Parse(string linter, ChildRun run)
    {
        try
        {
            return JsonDocument.Parse(run.Output);
        }
        catch (JsonException)
        {
            throw new InvalidOperationException($"{linter} did not run (exit code {run.ExitCode}): {run.Errors}{run.Output}");
        }
    }
}
