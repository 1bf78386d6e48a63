using System.Diagnostics;

namespace GeoGraph.Tests.Infrastructure;

/// <summary>Runs a Node.js script of an npm folder under <c>tests/</c> (installed by the test build with <c>npm ci</c>).</summary>
public static class NodeTool
{
    public sealed record Output(int ExitCode, string StandardOutput, string StandardError);

    public static async Task<Output> RunAsync(string folder, IEnumerable<string> arguments, string? input = null)
    {
        if (!Directory.Exists(Path.Combine(folder, "node_modules")))
            throw new InvalidOperationException($"{folder} is not installed: run `npm ci` there (the test build does this when npm is on PATH).");
        var start = new ProcessStartInfo("node", arguments)
        {
            WorkingDirectory = folder,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        // Linters that phone home or look for updates stay quiet in tests.
        start.Environment["REDOCLY_TELEMETRY"] = "off";
        start.Environment["REDOCLY_SUPPRESS_UPDATE_NOTICE"] = "true";
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start node.");
        if (input is not null)
            await process.StandardInput.WriteAsync(input);
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return new Output(process.ExitCode, await output, await errors);
    }
}
