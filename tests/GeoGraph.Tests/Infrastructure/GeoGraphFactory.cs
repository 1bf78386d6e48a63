using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace GeoGraph.Tests.Infrastructure;

/// <summary>
/// Hosts the API on a fresh embedded database of its own, seeded from the article. Use it as a class
/// fixture: every test class gets its own database, so no test sees another class's writes.
/// </summary>
public class GeoGraphFactory : WebApplicationFactory<Program>
{
    private readonly string _folder = Directory.CreateTempSubdirectory("geograph-test-").FullName;

    /// <summary>Whether the store is seeded on start (default: yes).</summary>
    protected virtual bool Seed => true;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Store:Sqlite:Path", Path.Combine(_folder, "graph.db"));
        builder.UseSetting("Store:Seed", Seed ? "true" : "false");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
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
