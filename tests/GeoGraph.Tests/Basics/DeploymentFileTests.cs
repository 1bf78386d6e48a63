using System.Text.RegularExpressions;
using GeoGraph.Tests.Infrastructure;

namespace GeoGraph.Tests.Basics;

/// <summary>The container files keep to the rules of a service that is safe to expose.</summary>
public partial class DeploymentFileTests
{
    private static string Read(string name) => File.ReadAllText(RepoFiles.PathOf(name));

    [Fact]
    public void EveryBaseImageIsPinnedToAPatchRelease()
    {
        var images = FromLine().Matches(Read("Dockerfile")).Select(match => match.Groups[1].Value).ToList();

        Assert.NotEmpty(images);
        Assert.All(images, image => Assert.Matches(@":\d+\.\d+\.\d+$", image));
    }

    [Fact]
    public void TheServiceRunsAsTheImagesUnprivilegedUser() =>
        Assert.Contains("USER $APP_UID", Read("Dockerfile").Split('\n').Select(line => line.Trim()));

    [Fact]
    public void SecretsStayOutOfTheBuildContext() =>
        Assert.Contains(".env", Read(".dockerignore").Split('\n').Select(line => line.Trim()));

    [Fact]
    public void TheApiContainerHasAHealthCheckAndRestarts()
    {
        var api = Read("docker-compose.yml").Split("\n  api:", 2)[1];

        Assert.Contains("restart: unless-stopped", api, StringComparison.Ordinal);
        Assert.Contains("\"--healthcheck\", \"http://localhost:8080/health/live\"", api, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^FROM\s+(\S+)", RegexOptions.Multiline)]
    private static partial Regex FromLine();
}
