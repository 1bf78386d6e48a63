using System.Diagnostics;
using GeoGraph.Core.Graph;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Options;

namespace GeoGraph.Tests.Neo4j;

/// <summary>Bad store settings stop the service at start with a message that says what is wrong; nothing hangs.</summary>
public class Neo4jStartupTests
{
    [Fact]
    public void AnUnreachableNeo4jFailsTheStartQuicklyAndSaysSo()
    {
        using var factory = new ConfiguredFactory(("Store:Provider", "Neo4j"), ("Store:Neo4j:Uri", "http://127.0.0.1:9"), ("Store:Neo4j:RequestTimeout", "00:00:02"));
        var clock = Stopwatch.StartNew();
        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), $"Start took {clock.Elapsed} before failing");
        Assert.IsType<StoreUnavailableException>(Innermost<StoreUnavailableException>(error));
    }

    [Theory]
    [InlineData("Store:Provider", "Oracle", "Store:Provider must be 'Sqlite' or 'Neo4j'.")]
    [InlineData("Store:Neo4j:Uri", "not a uri", "Store:Neo4j:Uri")]
    public void BadSettingsStopTheStartWithAReadableMessage(string key, string value, string expected)
    {
        using var factory = new ConfiguredFactory(("Store:Provider", key.StartsWith("Store:Neo4j", StringComparison.Ordinal) ? "Neo4j" : "Sqlite"), (key, value));
        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());
        Assert.Contains(expected, Innermost<OptionsValidationException>(error)?.Message ?? error.ToString(), StringComparison.Ordinal);
    }

    private static T? Innermost<T>(Exception error) where T : Exception =>
        error switch
        {
            T match => match,
            AggregateException aggregate => aggregate.InnerExceptions.Select(Innermost<T>).FirstOrDefault(found => found is not null),
            { InnerException: { } inner } => Innermost<T>(inner),
            _ => null,
        };

    private sealed class ConfiguredFactory(params (string Key, string Value)[] settings) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Testing");
            builder.UseSetting("Store:Sqlite:Path", Path.Combine(Path.GetTempPath(), $"geograph-startup-{Guid.NewGuid():N}.db"));
            foreach (var (key, value) in settings)
                builder.UseSetting(key, value);
        }
    }
}
