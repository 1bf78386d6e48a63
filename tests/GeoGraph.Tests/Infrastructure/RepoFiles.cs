namespace GeoGraph.Tests.Infrastructure;

/// <summary>Finds files of the repository from the test's output folder.</summary>
public static class RepoFiles
{
    public static string Root { get; } = FindRoot();

    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    /// <summary>The assembly of project <c>src/<paramref name="project"/></c> as built in this test run's configuration (Debug or Release).</summary>
    public static string BuiltAssembly(string project) =>
        PathOf("src", project, "bin", new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name, "net10.0", $"{project}.dll");

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "GeoGraph.sln")))
                return folder.FullName;
        }
        throw new InvalidOperationException("The test runs outside the GeoGraph repository: no GeoGraph.sln above " + AppContext.BaseDirectory);
    }
}
