using System.Text.Json;

namespace GeoGraph.Tests.Infrastructure;

/// <summary>
/// Runs statements through Neo4j's own Cypher front end (npm <c>@neo4j-cypher/language-support</c>,
/// wrapped by <c>tests/cypher-lint/lint.mjs</c>, on the pinned Node) and returns the diagnostics that matter: undeclared
/// parameters are expected, since statements are linted without their values.
/// </summary>
public static class CypherLinter
{
    public static string Folder { get; } = RepoFiles.PathOf("tests", "cypher-lint");

    public sealed record Diagnostic(int Index, string Severity, string Message);

    public static async Task<IReadOnlyList<Diagnostic>> LintAsync(IReadOnlyList<string> statements)
    {
        var (exitCode, output, errors) = await NodeHarness.RunAsync(Folder, ["lint.mjs"], JsonSerializer.Serialize(statements));
        if (exitCode != 0)
            throw new InvalidOperationException($"The Cypher linter failed ({exitCode}): {errors}");
        using var results = JsonDocument.Parse(output);
        return [.. results.RootElement.EnumerateArray().SelectMany(result => result.GetProperty("diagnostics").EnumerateArray()
            .Select(diagnostic => new Diagnostic(result.GetProperty("index").GetInt32(), diagnostic.GetProperty("severity").GetString()!, diagnostic.GetProperty("message").GetString()!)))
            .Where(diagnostic => !IsUndeclaredParameter(diagnostic.Message))];
    }

    private static bool IsUndeclaredParameter(string message) =>
        message.StartsWith("Parameter $", StringComparison.Ordinal) && message.EndsWith("is not defined.", StringComparison.Ordinal);
}
