namespace GeoGraph.Tests.Infrastructure;

/// <summary>Finds files of the repository from the test's output folder.</summary>
public static class RepoFiles
{
    public static string Root { get; } = FindRoot();

    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

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
