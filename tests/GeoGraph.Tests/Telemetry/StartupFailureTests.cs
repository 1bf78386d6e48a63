using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using GeoGraph.Tests.Infrastructure;

namespace GeoGraph.Tests.Telemetry;

/// <summary>
/// The built service, run as a process with a setting an operator got wrong, stops with one readable line on stderr
/// saying what to fix, exit code 1 and no stack trace; and it does not hang.
/// </summary>
public class StartupFailureTests
{
    [Fact]
    public async Task AnUnreachableNeo4jStopsTheStartWithOneLine()
    {
        var clock = Stopwatch.StartNew();
        var start = await StartAsync("--Store:Provider=Neo4j", "--Store:Neo4j:Uri=http://127.0.0.1:9", "--Store:Neo4j:RequestTimeout=00:00:02");

        start.AssertOneLine("Neo4j refused the connection at http://127.0.0.1:9/");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), $"Start took {clock.Elapsed} before failing");
    }

    [Theory]
    [InlineData("--Store:Provider=Oracle", "Store:Provider must be 'Sqlite' or 'Neo4j'.")]
    [InlineData("--Store:Neo4j:Uri=not a uri", "Store:Neo4j:Uri")]
    [InlineData("--Store:Neo4j:RequestTimeout=soon", "'soon' at 'Store:Neo4j:RequestTimeout'")]
    public async Task ABadSettingStopsTheStartWithOneLineNamingIt(string setting, string expected)
    {
        var start = await StartAsync("--Store:Provider=Neo4j", setting);

        start.AssertOneLine(expected);
    }

    [Fact]
    public async Task AnUnwritableDatabasePathStopsTheStartWithOneLine()
    {
        // Below a file, so no user (root neither) can create the folder.
        var file = Path.GetTempFileName();
        try
        {
            var start = await StartAsync($"--Store:Sqlite:Path={Path.Combine(file, "graph.db")}");

            start.AssertOneLine("set Store:Sqlite:Path to a file in a writable folder");
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task APortInUseStopsTheStartWithOneLine()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;

        var start = await StartAsync($"--urls=http://127.0.0.1:{port}");

        start.AssertOneLine("address already in use");
    }

    private sealed record Start(int ExitCode, string Output, string Errors)
    {
        public void AssertOneLine(string expected)
        {
            var everything = $"exit code {ExitCode}\nstdout:\n{Output}\nstderr:\n{Errors}";
            Assert.True(ExitCode == 1, everything);
            var line = Assert.Single(Errors.Split('\n', StringSplitOptions.RemoveEmptyEntries));
            Assert.StartsWith("GeoGraph could not start: ", line, StringComparison.Ordinal);
            Assert.Contains(expected, line, StringComparison.Ordinal);
            Assert.DoesNotMatch(@"(?m)^\s+at |Unhandled exception", Output + Errors);
        }
    }

    private static async Task<Start> StartAsync(params string[] settings)
    {
        var folder = Directory.CreateTempSubdirectory("geograph-start-").FullName;
        var start = new ProcessStartInfo("dotnet", [ApiDll, "--urls=http://127.0.0.1:0", $"--Store:Sqlite:Path={Path.Combine(folder, "graph.db")}", .. settings])
        {
            WorkingDirectory = Path.GetDirectoryName(ApiDll)!,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        try
        {
            var (exitCode, output, errors) = await ChildProcess.RunAsync(start, timeout: TimeSpan.FromMinutes(2));
            return new Start(exitCode, output, errors);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string ApiDll { get; } = RepoFiles.BuiltAssembly("GeoGraph.Api");
}
