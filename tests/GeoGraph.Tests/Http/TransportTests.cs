using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using GeoGraph.Tests.Infrastructure;

namespace GeoGraph.Tests.Http;

/// <summary>HEAD on GET routes, Brotli and gzip on JSON answers, and no CORS headers while no origin is configured.</summary>
public class TransportTests(GeoGraphFactory factory) : IClassFixture<GeoGraphFactory>
{
    private const string TwoHops = "/api/graph/neighborhood/donald-trump?depth=2";

    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData("/api/actors/donald-trump")]
    [InlineData("/api/actors?limit=5")]
    [InlineData(TwoHops)]
    [InlineData("/api/vocabulary")]
    public async Task HeadAnswersLikeGetWithoutTheBody(string url)
    {
        var get = await _client.GetAsync(url);

        var head = await _client.SendAsync(new HttpRequestMessage(HttpMethod.Head, url));

        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
        Assert.Equal(get.Content.Headers.ContentType, head.Content.Headers.ContentType);
        Assert.Equal(get.Headers.ETag?.IsWeak, head.Headers.ETag?.IsWeak);
        Assert.NotEmpty(await get.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("gzip")]
    [InlineData("br")]
    public async Task ATwoHopNeighbourhoodIsCompressed(string encoding)
    {
        var plain = await _client.GetByteArrayAsync(TwoHops);
        var request = new HttpRequestMessage(HttpMethod.Get, TwoHops);
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(encoding));

        var response = await _client.SendAsync(request);

        Assert.Equal([encoding], response.Content.Headers.ContentEncoding);
        Assert.Contains("Accept-Encoding", response.Headers.Vary);
        var compressed = await response.Content.ReadAsByteArrayAsync();
        Assert.True(plain.Length > 32 * 1024, $"the neighbourhood is {plain.Length} bytes");
        Assert.True(compressed.Length * 4 < plain.Length, $"{encoding}: {compressed.Length} of {plain.Length} bytes");
        using var decoder = encoding == "br"
            ? (Stream)new BrotliStream(new MemoryStream(compressed), CompressionMode.Decompress)
            : new GZipStream(new MemoryStream(compressed), CompressionMode.Decompress);
        Assert.Equal(JsonDocument.Parse(plain).RootElement.GetRawText(), JsonDocument.Parse(decoder).RootElement.GetRawText());
    }

    [Fact]
    public async Task ProblemAnswersAreCompressedToo()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/actors/no-such-actor");
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("gzip"));

        var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal([ "gzip" ], response.Content.Headers.ContentEncoding);
    }

    [Fact]
    public async Task WithoutConfiguredOriginsThereAreNoCorsHeaders()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/actors/donald-trump");
        request.Headers.Add("Origin", "http://localhost:5173");

        var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain(response.Headers, header => header.Key.StartsWith("Access-Control-", StringComparison.OrdinalIgnoreCase));
    }
}
