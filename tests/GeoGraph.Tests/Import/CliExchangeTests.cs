using GeoGraph.Core.Seed;
using GeoGraph.Tests.Infrastructure;

namespace GeoGraph.Tests.Import;

/// <summary>
/// The command line's <c>import</c> and <c>export</c>, run as users run them (the built CLI in its own process): the
/// seed imported into a new file exports what the API exports of the seed, and that export imported into another
/// new file exports the same records again.
/// </summary>
public sealed class CliExchangeTests(GeoGraphFactory seeded) : IClassFixture<GeoGraphFactory>, IDisposable
{
    private static readonly string SeedFile = RepoFiles.PathOf("graph-seed", SeedDocument.FileName);

    private readonly string _folder = Directory.CreateTempSubdirectory("geograph-cli-").FullName;

    [Fact]
    public async Task TheSeedImportedAndExportedByTheCliEqualsTheApiExportAndRoundTrips()
    {
        var (first, second) = (Path.Combine(_folder, "first.db"), Path.Combine(_folder, "second.db"));
        var (exported, reexported) = (Path.Combine(_folder, "first.ndjson"), Path.Combine(_folder, "second.ndjson"));

        await AssertRunsAsync("import", SeedFile, "--db", first);
        await AssertRunsAsync("export", "--db", first, "--format", "ndjson", "--out", exported);
        var api = (await seeded.CreateClient().GetStringAsync("/api/export?format=ndjson")).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var cli = await File.ReadAllLinesAsync(exported);
        Assert.True(cli.Length > 100, $"the CLI exported {cli.Length} lines of the seed");
        Assert.Equal(api.ToHashSet(), cli.ToHashSet());

        await AssertRunsAsync("import", exported, "--db", second);
        await AssertRunsAsync("export", "--db", second, "--format", "ndjson", "--out", reexported);
        Assert.Equal(cli.ToHashSet(), (await File.ReadAllLinesAsync(reexported)).ToHashSet());
    }

    [Fact]
    public async Task AnImportWithOneDanglingRelationAtTheEndReportsItsLineAndLeavesTheFileEmpty()
    {
        // The bulk load writes the seed's records before it meets the bad one; the file must still end up empty.
        var lines = (await seeded.CreateClient().GetStringAsync("/api/export?format=ndjson")).Split('\n', StringSplitOptions.RemoveEmptyEntries).ToList();
        lines.Add(ImportFiles.Line(ImportFiles.NewRelation("dangling-at-the-end", "donald-trump", "nobody-at-all", "article-2025-04-01-minerals-deal")));
        var (file, db, exported) = (Path.Combine(_folder, "dangling.ndjson"), Path.Combine(_folder, "dangling.db"), Path.Combine(_folder, "dangling-out.ndjson"));
        await File.WriteAllLinesAsync(file, lines);

        var (exitCode, output, errors) = await RunAsync("import", file, "--db", db);

        Assert.True(exitCode == 1, $"exit {exitCode}: {errors}{output}");
        Assert.Contains($"\"line\":{lines.Count}", output, StringComparison.Ordinal);
        Assert.Contains("nobody-at-all", output, StringComparison.Ordinal);
        await AssertRunsAsync("export", "--db", db, "--format", "ndjson", "--out", exported);
        Assert.Empty(await File.ReadAllLinesAsync(exported));
    }

    [Fact]
    public async Task AnExportWithAnUnknownFormatExitsWithTheFormatsItTakesAndWritesNothing()
    {
        var db = Path.Combine(_folder, "seed.db");
        await AssertRunsAsync("import", SeedFile, "--db", db);
        var output = Path.Combine(_folder, "out.xml");

        var (exitCode, _, errors) = await RunAsync("export", "--db", db, "--format", "xls", "--out", output);

        Assert.Equal(2, exitCode);
        Assert.Contains("--format must be one of ndjson", errors, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    private static async Task AssertRunsAsync(params string[] args)
    {
        var (exitCode, output, errors) = await RunAsync(args);
        Assert.True(exitCode == 0, $"geograph {string.Join(' ', args)} exited {exitCode}: {errors}{output}");
    }

    /// <summary>Runs the CLI built beside this test run (the test project builds it, in the same configuration).</summary>
    private static Task<ChildRun> RunAsync(params string[] args) =>
        ChildProcess.RunAsync("dotnet", [RepoFiles.BuiltAssembly("GeoGraph.Cli"), .. args]);

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
