using DotNet.Testcontainers.Builders;
using DotNet.Testcontainers.Containers;
using GeoGraph.Store.Neo4j;
using GeoGraph.Store.Neo4j.Http;

namespace GeoGraph.Tests.Neo4j;

/// <summary>
/// A Neo4j server for the store contract: the one at <c>NEO4J_URI</c> (with <c>NEO4J_USER</c> and
/// <c>NEO4J_PASSWORD</c> when it wants them), or else a throwaway <c>neo4j:5.26.19</c> container with authentication
/// off. Without either, <see cref="SkipReason"/> says so and the tests report themselves skipped.
/// </summary>
public sealed class Neo4jServerFixture : IAsyncLifetime
{
    public const string Image = "neo4j:5.26.19";

    public const string NoDockerReason = "skipped: no Docker (set NEO4J_URI to run against a Neo4j server)";

    private IContainer? _container;

    /// <summary>Why the tests cannot run here; null when a server is up.</summary>
    public string? SkipReason { get; private set; }

    /// <summary>Why a server that should have come up did not: the tests fail with it rather than skip.</summary>
    public Exception? StartupError { get; private set; }

    public Neo4jStoreOptions Options { get; private set; } = new();

    public async Task InitializeAsync()
    {
        try
        {
            var uri = Environment.GetEnvironmentVariable("NEO4J_URI");
            if (!string.IsNullOrWhiteSpace(uri))
            {
                Options = new Neo4jStoreOptions
                {
                    Uri = uri,
                    User = NullIfEmpty(Environment.GetEnvironmentVariable("NEO4J_USER")),
                    Password = NullIfEmpty(Environment.GetEnvironmentVariable("NEO4J_PASSWORD")),
                    TopologyMaxAge = TimeSpan.Zero,
                };
            }
            else if (await StartContainerAsync() is { } started)
            {
                Options = new Neo4jStoreOptions { Uri = started, TopologyMaxAge = TimeSpan.Zero };
            }
            else
            {
                SkipReason = NoDockerReason;
                return;
            }
            await WaitUntilItAnswersAsync();
        }
        catch (Exception error) when (error is not OutOfMemoryException)
        {
            StartupError = error;
        }
    }

    public async Task DisposeAsync()
    {
        if (_container is not null)
            await _container.DisposeAsync();
    }

    /// <summary>A client for the server; the caller owns the HttpClient it wraps.</summary>
    public (Neo4jQueryClient Client, HttpClient Http) CreateClient()
    {
        var http = new HttpClient { Timeout = TimeSpan.FromSeconds(60) };
        return (new Neo4jQueryClient(http, Microsoft.Extensions.Options.Options.Create(Options)), http);
    }

    /// <summary>The container's HTTP address, or null when no Docker daemon answers.</summary>
    private async Task<string?> StartContainerAsync()
    {
        IContainer container;
        try
        {
            container = new ContainerBuilder(Image)
                .WithEnvironment("NEO4J_AUTH", "none")
                .WithEnvironment("NEO4J_server_memory_heap_max__size", "512m")
                .WithPortBinding(7474, true)
                .WithPortBinding(7687, true)
                .WithWaitStrategy(Wait.ForUnixContainer().UntilHttpRequestIsSucceeded(
                    request => request.ForPort(7474).ForPath("/"), wait => wait.WithTimeout(TimeSpan.FromMinutes(3))))
                .Build();
        }
        catch (DockerUnavailableException)
        {
            return null;
        }
        try
        {
            await container.StartAsync();
        }
        catch (DockerUnavailableException)
        {
            await container.DisposeAsync();
            return null;
        }
        _container = container;
        return $"http://{container.Hostname}:{container.GetMappedPublicPort(7474)}";
    }

    /// <summary>The HTTP port answers before the database does: wait until <c>RETURN 1</c> goes through the Query API.</summary>
    private async Task WaitUntilItAnswersAsync()
    {
        var (client, http) = CreateClient();
        using (http)
        {
            var deadline = DateTime.UtcNow.AddMinutes(2);
            while (true)
            {
                try
                {
                    await client.RunAsync(Neo4jQuery.Read(Neo4jStatements.Ping));
                    return;
                }
                catch (GeoGraph.Core.Graph.StoreUnavailableException) when (DateTime.UtcNow < deadline)
                {
                    await Task.Delay(TimeSpan.FromSeconds(1));
                }
            }
        }
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
