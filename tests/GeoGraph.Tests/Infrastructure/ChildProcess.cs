using System.Diagnostics;

namespace GeoGraph.Tests.Infrastructure;

/// <summary>How a child program ended, with everything it wrote.</summary>
public sealed record ChildRun(int ExitCode, string Output, string Errors);

/// <summary>Runs a program to its end with its output and errors captured, killing it (and its children) when it overruns.</summary>
public static class ChildProcess
{
    /// <summary>How long a child may run unless the caller says otherwise.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromMinutes(5);

    public static Task<ChildRun> RunAsync(string program, params IEnumerable<string> args) => RunAsync(new ProcessStartInfo(program, args));

    /// <summary>Runs <paramref name="start"/> with <paramref name="input"/> on its standard input, then closed.</summary>
    /// <exception cref="TimeoutException">It ran longer than <paramref name="timeout"/> (<see cref="DefaultTimeout"/> when null).</exception>
    public static async Task<ChildRun> RunAsync(ProcessStartInfo start, string input = "", TimeSpan? timeout = null)
    {
        start.RedirectStandardInput = start.RedirectStandardOutput = start.RedirectStandardError = true;
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{start.FileName} did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.StandardInput.WriteAsync(input);
        process.StandardInput.Close();
        var limit = timeout ?? DefaultTimeout;
        using var overrun = new CancellationTokenSource(limit);
        try
        {
            await process.WaitForExitAsync(overrun.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{start.FileName} {string.Join(' ', start.ArgumentList)} did not finish within {limit}.");
        }
        return new ChildRun(process.ExitCode, await output, await errors);
    }
}
