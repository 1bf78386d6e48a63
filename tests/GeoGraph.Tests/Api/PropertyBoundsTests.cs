using System.Net;
using System.Text.Json;
using GeoGraph.Api.Validation;
using GeoGraph.Tests.Infrastructure;

namespace GeoGraph.Tests.Api;

/// <summary>Structured properties hold only what every store can keep, in bounded amounts; keys appear once.</summary>
public class PropertyBoundsTests(GeoGraphFactory factory) : IClassFixture<GeoGraphFactory>
{
    private const string Provenance = "\"provenance\":{\"source\":\"article-2025-04-01-minerals-deal\",\"passage\":\"a passage\"}";

    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData("1e400")]
    [InlineData("-1e400")]
    [InlineData("9223372036854775808")]
    [InlineData("-9223372036854775809")]
    [InlineData("[1, 1e400]")]
    public async Task ANumberNoStoreCanHoldIsAnErrorNamingTheProperty(string value)
    {
        var response = await PostActorAsync($"{{\"amount\":{value}}}");

        Assert.Contains(await response.AssertFieldErrorAsync("properties"), message => message.Contains("'properties.amount'", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData('1')]
    [InlineData('0')]
    public async Task AFiveThousandDigitNumberIsAnError(char digit)
    {
        var response = await PostActorAsync($"{{\"amount\":{(digit == '0' ? "0." : "")}{new string(digit, 5000)}}}");

        Assert.Contains(await response.AssertFieldErrorAsync("properties"), message => message.Contains("'properties.amount'", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("9223372036854775807")]
    [InlineData("-9223372036854775808")]
    [InlineData("1.7976931348623157e308")]
    [InlineData("0.5")]
    public async Task NumbersWithinInt64AndDoubleAreTaken(string value) =>
        Assert.Equal(HttpStatusCode.Created, (await PostActorAsync($"{{\"amount\":{value}}}", RequestBodies.UniqueId("number"))).StatusCode);

    [Theory]
    [InlineData("{\"kind\":\"Person\",\"name\":\"A\",\"name\":\"B\"," + Provenance + "}", "name")]
    [InlineData("{\"kind\":\"Person\",\"name\":\"A\",\"properties\":{\"a\":1,\"a\":2}," + Provenance + "}", "properties.a")]
    [InlineData("{\"kind\":\"Person\",\"name\":\"A\",\"provenance\":{\"source\":\"s\",\"source\":\"t\",\"passage\":\"p\"}}", "provenance.source")]
    public async Task AKeyGivenTwiceIsAnErrorOnIt(string body, string field)
    {
        var response = await _client.SendRawAsync(HttpMethod.Post, "/api/actors", body);

        Assert.Contains(await response.AssertFieldErrorAsync(field), message => message.Contains("more than once", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(GraphPropertyRules.MaxCount + 1)]
    [InlineData(101)]
    public async Task TooManyPropertiesAreAnError(int count)
    {
        var properties = string.Join(',', Enumerable.Range(0, count).Select(index => $"\"p{index}\":{index}"));

        await (await PostActorAsync($"{{{properties}}}")).AssertFieldErrorAsync("properties");
    }

    [Fact]
    public async Task PropertiesUpToTheirLimitsAreTaken()
    {
        var properties = string.Join(',', Enumerable.Range(0, GraphPropertyRules.MaxCount).Select(index => $"\"p{index}\":\"{new string('x', 1000)}\""));

        Assert.Equal(HttpStatusCode.Created, (await PostActorAsync($"{{{properties}}}", RequestBodies.UniqueId("full"))).StatusCode);
    }

    [Theory]
    [InlineData("total", 40, 1900)]
    [InlineData("array", 1, 0)]
    [InlineData("item", 1, GraphPropertyRules.MaxStringLength + 1)]
    [InlineData("string", 1, GraphPropertyRules.MaxStringLength + 1)]
    public async Task PropertiesPastASizeLimitAreAnError(string shape, int count, int length)
    {
        var value = shape switch
        {
            "array" => JsonSerializer.Serialize(Enumerable.Range(0, GraphPropertyRules.MaxArrayItems + 1)),
            "item" => JsonSerializer.Serialize(new[] { "ok", new string('x', length) }),
            _ => JsonSerializer.Serialize(new string('x', length)),
        };
        var properties = string.Join(',', Enumerable.Range(0, count).Select(index => $"\"p{index}\":{value}"));

        await (await PostActorAsync($"{{{properties}}}")).AssertFieldErrorAsync("properties");
    }

    [Theory]
    [InlineData("{\"a\":\"\\ud800\"}")]
    [InlineData("{\"a\":[\"ok\",\"\\udc00\"]}")]
    [InlineData("{\"aVeryLongKeyThatGoesOnAndOnAndOnAndOnAndOnAndOnAndOnAndOnAndOnAnd\":1}")]
    public async Task PropertiesThatAreNotValidTextOrKeysAreAnError(string properties) =>
        await (await PostActorAsync(properties)).AssertFieldErrorAsync("properties");

    [Fact]
    public async Task MoreAliasesOrOutletsThanAllowedAreAnError()
    {
        var aliases = JsonSerializer.Serialize(Enumerable.Range(0, RuleExtensions.MaxAliases + 1).Select(index => $"Alias {index}"));
        var outlets = JsonSerializer.Serialize(Enumerable.Range(0, RuleExtensions.MaxOutlets + 1).Select(index => $"Outlet {index}"));

        await (await _client.SendRawAsync(HttpMethod.Post, "/api/actors", $"{{\"kind\":\"Person\",\"name\":\"A\",\"aliases\":{aliases},{Provenance}}}")).AssertFieldErrorAsync("aliases");
        await (await _client.SendRawAsync(HttpMethod.Post, "/api/sources", $"{{\"id\":\"many-outlets\",\"title\":\"T\",\"outlets\":{outlets}}}")).AssertFieldErrorAsync("outlets");
        await (await _client.SendRawAsync(HttpMethod.Post, "/api/sources", $"{{\"id\":\"long-outlet\",\"title\":\"T\",\"outlets\":[\"{new string('o', 201)}\"]}}")).AssertFieldErrorAsync("outlets[0]");
    }

    [Fact]
    public async Task NoRefusedPropertyChangedTheSeed()
    {
        await PostActorAsync("{\"amount\":1e400}");
        await _client.AssertSeedNodesUnchangedAsync();
    }

    private Task<HttpResponseMessage> PostActorAsync(string properties, string? id = null) =>
        _client.SendRawAsync(HttpMethod.Post, "/api/actors",
            $"{{{(id is null ? "" : $"\"id\":\"{id}\",")}\"kind\":\"Person\",\"name\":\"Propertied\",\"properties\":{properties},{Provenance}}}");
}
