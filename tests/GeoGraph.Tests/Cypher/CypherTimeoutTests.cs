using System.Net;
using GeoGraph.Core.Graph;
using GeoGraph.Store.Neo4j;
using GeoGraph.Tests.Infrastructure;
using GeoGraph.Tests.Neo4j;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace GeoGraph.Tests.Cypher;

/// <summary>
/// Neo4j's own transaction timeout (compose sets <c>db.transaction.timeout=30s</c>) stopping an analyst's query is the
/// query taking too long: 504, not the 503 of a Neo4j that is down.
/// </summary>
public class CypherTimeoutTests(CypherTimeoutTests.TimingOutFactory factory) : IClassFixture<CypherTimeoutTests.TimingOutFactory>
{
    private const string TimeoutMessage =
        "The transaction has been terminated. Retry your operation in a new transaction, and you should see a successful result. " +
        "The transaction has not completed within the timeout specified at its start by the client. You may want to retry with a longer timeout.";

    [Theory]
    [InlineData("Neo.ClientError.Transaction.TransactionTimedOut")]
    [InlineData("Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration")]
    public async Task ATransactionTimeoutOnTheServerIsAGatewayTimeoutProblem(string code)
    {
        factory.Neo4j.Respond = _ => FakeResponse.Error(HttpStatusCode.BadRequest, code, TimeoutMessage);

        var problem = await (await factory.CreateClient().PostJsonAsync("/api/cypher", new { query = "MATCH (a)-[*]-(b) RETURN count(*)" }))
            .AssertProblemAsync(HttpStatusCode.GatewayTimeout);

        Assert.Contains(code, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnotherTransactionErrorStaysUnavailable()
    {
        factory.Neo4j.Respond = _ => FakeResponse.Error(HttpStatusCode.BadRequest, "Neo.ClientError.Transaction.TransactionNotFound", "Unrecognized transaction id.");

        await (await factory.CreateClient().PostJsonAsync("/api/cypher", new { query = "MATCH (n) RETURN n LIMIT 1" }))
            .AssertProblemAsync(HttpStatusCode.ServiceUnavailable);
    }

    /// <summary>The embedded store for the graph, and analysts' Cypher sent to a fake Neo4j Query API.</summary>
    public sealed class TimingOutFactory : GeoGraphFactory
    {
        public FakeNeo4j Neo4j { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.AddSingleton<ICypherReader>(new Neo4jCypherReader(Neo4j.Client())));
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
                Neo4j.Dispose();
            base.Dispose(disposing);
        }
    }
}
