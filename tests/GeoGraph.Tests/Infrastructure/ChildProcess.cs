using System.Diagnostics;

namespace GeoGraph.Tests.Infrastructure;

/// <summary>Runs a program to its end with its output and errors captured (standard input closed to it).</summary>
public static class ChildProcess
{
    public static async Task<(int ExitCode, string Output, string Errors)> RunAsync(string program, params IEnumerable<string> args)
    {
        var start = new ProcessStartInfo(program, args) { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true };
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start");
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await errors);
    }
}
