using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using GeoGraph.Core.Graph;
using GeoGraph.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace GeoGraph.Tests.Cypher;

/// <summary>On the embedded store the Cypher endpoint says how to get Neo4j; bad queries never reach a store.</summary>
public class CypherOnTheEmbeddedStoreTests(GeoGraphFactory factory) : IClassFixture<GeoGraphFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [SkippableFact]
    public async Task AReadOnlyQueryIsNotImplementedAndSaysHowToStartNeo4j()
    {
        Skip.If(GeoGraphFactory.OnNeo4j, "the embedded store answers 501 to reads; on Neo4j they run");
        var problem = await (await _client.PostJsonAsync("/api/cypher", new { query = "MATCH (n) RETURN count(n)" }))
            .AssertProblemAsync(HttpStatusCode.NotImplemented);
        Assert.Contains("docker compose up", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(CypherSamples.Bypasses), MemberType = typeof(CypherSamples))]
    public async Task BypassesAreRefusedBeforeAnyStoreIsAsked(string query, string named)
    {
        var messages = await (await _client.PostJsonAsync("/api/cypher", new { query })).AssertFieldErrorAsync("query");
        Assert.Contains(messages, message => message.Contains(named, StringComparison.Ordinal));
    }

    [SkippableTheory]
    [MemberData(nameof(CypherSamples.Reads), MemberType = typeof(CypherSamples))]
    public async Task LegitimateReadsPassTheGuardAndReachTheStore(string query)
    {
        Skip.If(GeoGraphFactory.OnNeo4j, "the embedded store answers 501 to reads; on Neo4j they run");
        await (await _client.PostJsonAsync("/api/cypher", new { query, parameters = new { id = "x", merge = 1 } }))
            .AssertProblemAsync(HttpStatusCode.NotImplemented);
    }

    [Theory]
    [InlineData("", "must not be empty")]
    [InlineData("// only a comment", "no statement")]
    public async Task AQueryWithoutAStatementIsRefused(string query, string reason)
    {
        var messages = await (await _client.PostJsonAsync("/api/cypher", new { query })).AssertFieldErrorAsync("query");
        Assert.Contains(messages, message => message.Contains(reason, StringComparison.Ordinal));
    }
}

/// <summary>With a store that runs Cypher (here a stand-in), results come back as columns and rows.</summary>
public class CypherWithAReaderTests(CypherWithAReaderTests.ReaderFactory factory) : IClassFixture<CypherWithAReaderTests.ReaderFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task RowsComeBackWithTheirColumnsAndTheCapIsPassedOn()
    {
        var result = await (await _client.PostJsonAsync("/api/cypher", new { query = "RETURN $x AS x", parameters = new { x = 42 } })).ReadAsync<JsonElement>();
        Assert.Equal("x", result.GetProperty("columns")[0].GetString());
        Assert.Equal(42, result.GetProperty("rows")[0][0].GetInt32());
        Assert.Equal(1000, result.GetProperty("rows")[0][1].GetInt32());
    }

    [Fact]
    public async Task AQueryTheDatabaseRefusesIsABadRequest()
    {
        var messages = await (await _client.PostJsonAsync("/api/cypher", new { query = "RETURN refused" })).AssertFieldErrorAsync("query");
        Assert.Contains(messages, message => message.Contains("Neo.ClientError.Statement.SyntaxError", StringComparison.Ordinal));
    }

    public sealed class ReaderFactory : GeoGraphFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.AddSingleton<ICypherReader, EchoReader>());
        }
    }

    /// <summary>Echoes the parameter x and the row cap; refuses queries that mention "refused".</summary>
    private sealed class EchoReader : ICypherReader
    {
        public Task<CypherResult> ReadAsync(string query, IReadOnlyDictionary<string, JsonElement> parameters, int maxRows, CancellationToken cancellationToken) =>
            query.Contains("refused", StringComparison.Ordinal)
                ? throw new CypherQueryException("Neo.ClientError.Statement.SyntaxError", "Variable `refused` not defined")
                : Task.FromResult(new CypherResult(["x", "cap"], [[JsonValue.Create(parameters["x"].GetInt32()), JsonValue.Create(maxRows)]], false));
    }
}
