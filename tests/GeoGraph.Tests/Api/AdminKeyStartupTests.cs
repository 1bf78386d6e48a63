using GeoGraph.Tests.Infrastructure;

namespace GeoGraph.Tests.Api;

/// <summary>The development admin key, or a short one, stops the service from starting outside Development.</summary>
public class AdminKeyStartupTests
{
    private sealed class ProductionWithKey(string key) : GeoGraphFactory
    {
        protected override string EnvironmentName => "Production";

        protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string> { ["Auth:AdminKey"] = key };
    }

    [Theory]
    [InlineData("dev-admin-key")]
    [InlineData("short-key-123")]
    public void ProductionRefusesAWeakAdminKey(string key)
    {
        using var factory = new ProductionWithKey(key);

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains("Auth:AdminKey", StartupErrors.Innermost(error).Message, StringComparison.Ordinal);
    }
}
