using System.Net;
using System.Text;
using GeoGraph.Tests.Infrastructure;

namespace GeoGraph.Tests.Api;

/// <summary>Bodies over <c>Limits:MaxBodyBytes</c> (1 MiB) are refused with 413 before they are read, declared or chunked.</summary>
public class BodyLimitTests(GeoGraphFactory factory) : IClassFixture<GeoGraphFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    public static TheoryData<string, bool> Bodies => new()
    {
        { "2mb", true }, { "2mb", false }, { "10mb-node", true }, { "10mb-node", false }, { "24mb-source", true }, { "24mb-source", false },
    };

    [Theory, MemberData(nameof(Bodies))]
    public async Task ABodyOverTheLimitIsTooLarge(string body, bool declaresItsLength)
    {
        var (url, json) = LargeBodies.Of(body);

        var response = await _client.PostAsync(url, LargeBodies.Content(json, declaresItsLength));

        var problem = await response.AssertProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        Assert.Contains("1048576", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task ABodyJustUnderTheLimitIsRead(bool declaresItsLength)
    {
        var json = $"{{\"kind\":\"Person\",\"name\":\"Under\",\"description\":\"{new string('d', 1_040_000)}\"}}";

        var response = await _client.PostAsync("/api/actors", LargeBodies.Content(json, declaresItsLength));

        await response.AssertFieldErrorAsync("description");
    }

    [Fact]
    public async Task NoLargeBodyChangedTheSeed()
    {
        var (url, json) = LargeBodies.Of("10mb-node");
        await _client.PostAsync(url, LargeBodies.Content(json, false));

        await _client.AssertSeedNodesUnchangedAsync();
    }
}

/// <summary>With a larger body limit, the same bodies meet the size rules of the records instead.</summary>
public class LargeRecordTests(LargeBodyFactory factory) : IClassFixture<LargeBodyFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData("10mb-node", "properties")]
    [InlineData("24mb-source", "outlets")]
    public async Task ARecordWhoseFieldsAreEachWithinBoundsIsStillBoundedAsAWhole(string body, string field)
    {
        var (url, json) = LargeBodies.Of(body);

        var response = await _client.PostAsync(url, LargeBodies.Content(json, true));

        await response.AssertFieldErrorAsync(field);
    }
}

public sealed class LargeBodyFactory : GeoGraphFactory
{
    protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string> { ["Limits:MaxBodyBytes"] = "33554432" };
}

/// <summary>Bodies a fuzzer stored before there were limits.</summary>
internal static class LargeBodies
{
    private const string Provenance = "\"provenance\":{\"source\":\"article-2025-04-01-minerals-deal\",\"passage\":\"a passage\"}";

    public static (string Url, string Json) Of(string name) => name switch
    {
        "2mb" => ("/api/actors", $"{{\"kind\":\"Person\",\"name\":\"Big\",\"description\":\"{new string('d', 2 * 1024 * 1024)}\",{Provenance}}}"),
        // 50 properties of 100 strings of 2,000 characters: every value within its own limit.
        "10mb-node" => ("/api/actors", $"{{\"kind\":\"Person\",\"name\":\"Big\",\"properties\":{{{string.Join(',', Enumerable.Range(0, 50).Select(index => $"\"p{index}\":{StringArray(100, 2000)}"))}}},{Provenance}}}"),
        // 120,000 outlets of 200 characters each.
        "24mb-source" => ("/api/sources", $"{{\"id\":\"big-source\",\"title\":\"Big\",\"outlets\":{StringArray(120_000, 200)}}}"),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    /// <summary>The JSON as a body that declares its Content-Length, or one of unknown length (sent chunked).</summary>
    public static HttpContent Content(string json, bool declaresItsLength)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        HttpContent content = declaresItsLength ? new ByteArrayContent(bytes) : new StreamContent(new UnknownLengthStream(bytes));
        content.Headers.ContentType = new("application/json");
        return content;
    }

    private static string StringArray(int count, int length)
    {
        var item = $"\"{new string('s', length)}\"";
        return "[" + string.Join(',', Enumerable.Repeat(item, count)) + "]";
    }

    /// <summary>A readable stream that cannot tell its length, so HttpClient sends no Content-Length.</summary>
    private sealed class UnknownLengthStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
