using GeoGraph.Store.Neo4j;
using GeoGraph.Store.Neo4j.Http;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace GeoGraph.Tests.Infrastructure;

/// <summary>
/// Hosts the API on a fresh store of its own, seeded from the article. Use it as a class fixture: every test
/// class gets its own database, so no test sees another class's writes.
/// <para>
/// The store is the embedded one unless <c>GEOGRAPH_TEST_STORE=Neo4j</c>: then the API runs on the Neo4j at
/// <c>NEO4J_URI</c> (with <c>NEO4J_USER</c>/<c>NEO4J_PASSWORD</c>), whose graph is emptied for each test class,
/// so such a run must not run classes in parallel (see the README).
/// </para>
/// <para>
/// Clients from <c>CreateClient()</c> send <see cref="AdminKey"/> (every scope) in <c>X-Api-Key</c>, so tests that are
/// not about keys can write; <see cref="CreateAnonymousClient"/> sends none. Rate limits are off unless a subclass's
/// <see cref="Settings"/> turns them on.
/// </para>
/// <para>
/// The host logs to <see cref="Logs"/> only, not to the console, so a green test run prints little beyond its summary.
/// </para>
/// </summary>
public class GeoGraphFactory : WebApplicationFactory<Program>
{
    private readonly string _folder = Directory.CreateTempSubdirectory("geograph-test-").FullName;
    private readonly FakeLoggerProvider _logs = new();

    /// <summary>Everything the host logged, for tests that assert on logs.</summary>
    public FakeLogCollector Logs => _logs.Collector;

    /// <summary>The embedded store's database file (when not <see cref="OnNeo4j"/>).</summary>
    public string DatabasePath => Path.Combine(_folder, "graph.db");

    public static bool OnNeo4j { get; } = string.Equals(Environment.GetEnvironmentVariable("GEOGRAPH_TEST_STORE"), "Neo4j", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether the store is seeded on start (default: yes).</summary>
    protected virtual bool Seed => true;

    /// <summary>The hosting environment (default: Testing).</summary>
    protected virtual string EnvironmentName => "Testing";

    /// <summary>Settings on top of the store's, such as <c>Swagger:Enabled</c> (default: Swagger on).</summary>
    protected virtual IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string> { ["Swagger:Enabled"] = "true" };

    /// <summary>The admin key of every test host.</summary>
    public const string AdminKey = "test-admin-key-0123456789";

    /// <summary>A client that sends no key.</summary>
    public HttpClient CreateAnonymousClient()
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Remove("X-Api-Key");
        return client;
    }

    /// <summary>A client that sends <paramref name="key"/> as <c>Authorization: Bearer</c>.</summary>
    public HttpClient CreateClientWithKey(string key)
    {
        var client = CreateAnonymousClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", key);
        return client;
    }

    protected override void ConfigureClient(HttpClient client)
    {
        base.ConfigureClient(client);
        client.DefaultRequestHeaders.Add("X-Api-Key", AdminKey);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(EnvironmentName);
        builder.ConfigureLogging(logging => logging.ClearProviders().AddProvider(_logs));
        builder.UseSetting("Store:Seed", Seed ? "true" : "false");
        builder.UseSetting("Auth:AdminKey", AdminKey);
        builder.UseSetting("RateLimiting:Enabled", "false");
        foreach (var (key, value) in Settings)
            builder.UseSetting(key, value);
        if (!OnNeo4j)
        {
            builder.UseSetting("Store:Sqlite:Path", DatabasePath);
            return;
        }
        var options = Neo4jTestServer.Options;
        builder.UseSetting("Store:Provider", "Neo4j");
        builder.UseSetting("Store:Neo4j:Uri", options.Uri);
        builder.UseSetting("Store:Neo4j:User", options.User);
        builder.UseSetting("Store:Neo4j:Password", options.Password);
        builder.UseSetting("Store:Neo4j:TopologyMaxAge", "00:00:00");
    }

    protected override IHost CreateHost(IHostBuilder builder)
    {
        if (OnNeo4j)
            Neo4jTestServer.EmptyGraphAsync().GetAwaiter().GetResult();
        return base.CreateHost(builder);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
            _logs.Dispose();
        // xunit disposes fixtures both asynchronously and synchronously: clean up once.
        if (disposing && Directory.Exists(_folder))
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(_folder, recursive: true);
        }
    }
}

/// <summary>The API on a fresh database that holds no seed.</summary>
public sealed class EmptyGraphFactory : GeoGraphFactory
{
    protected override bool Seed => false;
}

/// <summary>The Neo4j server named by NEO4J_URI, for API test runs on Neo4j.</summary>
internal static class Neo4jTestServer
{
    public static Neo4jStoreOptions Options { get; } = new()
    {
        Uri = Environment.GetEnvironmentVariable("NEO4J_URI") ?? throw new InvalidOperationException("GEOGRAPH_TEST_STORE=Neo4j needs NEO4J_URI."),
        User = NullIfEmpty(Environment.GetEnvironmentVariable("NEO4J_USER")),
        Password = NullIfEmpty(Environment.GetEnvironmentVariable("NEO4J_PASSWORD")),
    };

    public static async Task EmptyGraphAsync()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromMinutes(2) };
        var client = new Neo4jQueryClient(http, Microsoft.Extensions.Options.Options.Create(Options));
        await client.RunAsync(Neo4jQuery.Write("MATCH (n) DETACH DELETE n"));
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
