using System.Text.Json;

namespace GeoGraph.Tests.Infrastructure;

/// <summary>
/// Runs statements through Neo4j's own Cypher front end (npm <c>@neo4j-cypher/language-support</c>,
/// wrapped by <c>tests/cypher-lint/lint.mjs</c>) and returns the diagnostics that matter: undeclared
/// parameters are expected, since statements are linted without their values.
/// </summary>
public static class CypherLinter
{
    private static readonly string Folder = RepoFiles.PathOf("tests", "cypher-lint");

    public sealed record Diagnostic(int Index, string Severity, string Message);

    public static async Task<IReadOnlyList<Diagnostic>> LintAsync(IReadOnlyList<string> statements)
    {
        var run = await NodeTool.RunAsync(Folder, ["lint.mjs"], JsonSerializer.Serialize(statements));
        if (run.ExitCode != 0)
            throw new InvalidOperationException($"The Cypher linter failed ({run.ExitCode}): {run.StandardError}");
        using var results = JsonDocument.Parse(run.StandardOutput);
        return [.. results.RootElement.EnumerateArray().SelectMany(result => result.GetProperty("diagnostics").EnumerateArray()
            .Select(diagnostic => new Diagnostic(result.GetProperty("index").GetInt32(), diagnostic.GetProperty("severity").GetString()!, diagnostic.GetProperty("message").GetString()!)))
            .Where(diagnostic => !IsUndeclaredParameter(diagnostic.Message))];
    }

    private static bool IsUndeclaredParameter(string message) =>
        message.StartsWith("Parameter $", StringComparison.Ordinal) && message.EndsWith("is not defined.", StringComparison.Ordinal);
}
