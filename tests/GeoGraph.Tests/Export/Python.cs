using System.Text.Json;
using GeoGraph.Tests.Infrastructure;

namespace GeoGraph.Tests.Export;

/// <summary>Runs a Python 3 script on a file and reads the JSON it prints: a real consumer of an export (networkx, csv).</summary>
public static class Python
{
    public static async Task<JsonElement> RunAsync(string script, string file)
    {
        var (exitCode, output, errors) = await ChildProcess.RunAsync("python3", "-c", script, file);
        Assert.True(exitCode == 0, $"python3 failed: {errors}");
        return JsonDocument.Parse(output).RootElement.Clone();
    }
}
