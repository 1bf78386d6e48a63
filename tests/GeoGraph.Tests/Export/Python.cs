using System.Diagnostics;
using System.Text.Json;

namespace GeoGraph.Tests.Export;

/// <summary>Runs a Python 3 script on a file and reads the JSON it prints: a real consumer of an export (networkx, csv).</summary>
public static class Python
{
    public static async Task<JsonElement> RunAsync(string script, string file)
    {
        var start = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(script);
        start.ArgumentList.Add(file);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("python3 did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"python3 failed: {await errors}");
        return JsonDocument.Parse(await output).RootElement.Clone();
    }
}
