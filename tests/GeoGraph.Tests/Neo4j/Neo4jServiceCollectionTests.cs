using System.Net;
using System.Net.Sockets;
using GeoGraph.Core.Graph;
using GeoGraph.Store.Neo4j;
using GeoGraph.Store.Neo4j.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GeoGraph.Tests.Neo4j;

/// <summary>The DI extensions: options bound from <c>Store:Neo4j</c> and validated, the store, the Cypher reader, and which requests are retried.</summary>
public class Neo4jServiceCollectionTests
{
    [Fact]
    public void TheStoreIsTheGraphStoreSingletonWithBoundOptions()
    {
        using var provider = Provider(new() { ["Store:Neo4j:Uri"] = "https://graph.example:7473/", ["Store:Neo4j:Database"] = "geo", ["Store:Neo4j:RequestTimeout"] = "00:00:05" });

        var store = provider.GetRequiredService<IGraphStore>();
        Assert.IsType<Neo4jGraphStore>(store);
        Assert.Same(store, provider.GetRequiredService<IGraphStore>());
        var options = provider.GetRequiredService<IOptions<Neo4jStoreOptions>>().Value;
        Assert.Equal(("geo", TimeSpan.FromSeconds(5), new Uri("https://graph.example:7473/")), (options.Database, options.RequestTimeout, options.BaseUri()));
        Assert.Null(options.User);
    }

    [Theory]
    [InlineData("Uri", "localhost:7474")]
    [InlineData("Uri", "bolt://localhost:7687")]
    [InlineData("Uri", "http://neo4j:secret@localhost:7474")]
    [InlineData("Uri", "")]
    [InlineData("Database", "no spaces")]
    [InlineData("User", "neo4j")]
    [InlineData("Password", "secret")]
    [InlineData("RequestTimeout", "00:00:00")]
    [InlineData("TopologyMaxAge", "-00:00:01")]
    [InlineData("BulkCommitRecords", "99")]
    [InlineData("IndexWait", "02:00:00")]
    public void BadSettingsAreRefusedWithAMessage(string key, string value)
    {
        using var provider = Provider(new() { [$"Store:Neo4j:{key}"] = value });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<Neo4jStoreOptions>>().Value);
        Assert.Contains("Store:Neo4j", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AReadIsRetriedAfterTransientFailuresABoundedNumberOfTimes()
    {
        var server = new FakeNeo4j();
        var calls = 0;
        server.Respond = _ => ++calls <= 2 ? new FakeResponse(HttpStatusCode.ServiceUnavailable, "") : FakeResponse.Rows(["ready"], "[1]");
        using var provider = Provider([], server);
        var client = provider.GetRequiredService<Neo4jQueryClient>();

        var result = await client.RunAsync(Neo4jQuery.Read(Neo4jStatements.Ping));

        Assert.Single(result.Records);
        Assert.Equal(3, server.Requests.Count);
        Assert.All(server.Requests, request => Assert.Equal(Neo4jStatements.Ping, request.Statement));

        server.Respond = _ => new FakeResponse(HttpStatusCode.ServiceUnavailable, "");
        await Assert.ThrowsAsync<StoreUnavailableException>(() => client.RunAsync(Neo4jQuery.Read(Neo4jStatements.Ping)));
        Assert.Equal(3 + 1 + Neo4jServiceCollectionExtensions.MaxRetries, server.Requests.Count);
    }

    [Fact]
    public async Task AWriteIsNotRepeatedWhenItsAnswerMayHaveBeenLost()
    {
        var server = new FakeNeo4j { Respond = _ => new FakeResponse(HttpStatusCode.ServiceUnavailable, "") };
        using var provider = Provider([], server);

        await Assert.ThrowsAsync<StoreUnavailableException>(() => provider.GetRequiredService<Neo4jQueryClient>().RunAsync(Neo4jQuery.Write("CREATE (n)")));

        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task AWriteWhoseConnectionWasRefusedIsSentAgain()
    {
        var server = new FakeNeo4j();
        var handler = new RefusingOnce(server);
        using var provider = Provider([], handler);

        await provider.GetRequiredService<Neo4jQueryClient>().RunAsync(Neo4jQuery.Write("CREATE (n)"));

        Assert.Equal(2, handler.Attempts);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task AnAnalystQueryIsSentOnceWhateverNeo4jAnswers()
    {
        var server = new FakeNeo4j();
        var handler = new RefusingOnce(server);
        using var provider = Provider([], cypherHandler: handler);
        var reader = provider.GetRequiredService<ICypherReader>();
        var noParameters = new Dictionary<string, System.Text.Json.JsonElement>();

        await Assert.ThrowsAsync<StoreUnavailableException>(() => reader.ReadAsync("RETURN 1", noParameters, 10, CancellationToken.None));
        server.Respond = _ => new FakeResponse(HttpStatusCode.ServiceUnavailable, "");
        await Assert.ThrowsAsync<StoreUnavailableException>(() => reader.ReadAsync("RETURN 1", noParameters, 10, CancellationToken.None));
        server.Respond = _ => FakeResponse.Error(HttpStatusCode.BadRequest, "Neo.TransientError.Transaction.DeadlockDetected", "Deadlock");
        await Assert.ThrowsAsync<StoreUnavailableException>(() => reader.ReadAsync("RETURN 1", noParameters, 10, CancellationToken.None));

        Assert.Equal(3, handler.Attempts);
        Assert.Equal(2, server.Requests.Count);
    }

    [Fact]
    public async Task TheStorePipelineDoesNotRetryARequestMarkedNeverRetried()
    {
        var handler = new RefusingOnce(new FakeNeo4j());
        using var provider = Provider([], handler);

        await Assert.ThrowsAsync<StoreUnavailableException>(() =>
            provider.GetRequiredService<Neo4jQueryClient>().ReadRowsAsync(Neo4jQuery.Read(Neo4jStatements.Ping), 10));

        Assert.Equal(1, handler.Attempts);
    }

    private static ServiceProvider Provider(Dictionary<string, string?> settings, HttpMessageHandler? handler = null, HttpMessageHandler? cypherHandler = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddNeo4jGraphStore(configuration);
        services.AddNeo4jCypherReader();
        if (handler is not null)
            services.AddHttpClient<Neo4jQueryClient>().ConfigurePrimaryHttpMessageHandler(() => handler);
        if (cypherHandler is not null)
            services.AddHttpClient(Neo4jServiceCollectionExtensions.CypherClientName).ConfigurePrimaryHttpMessageHandler(() => cypherHandler);
        return services.BuildServiceProvider();
    }

    private sealed class RefusingOnce(HttpMessageHandler inner) : DelegatingHandler(inner)
    {
        public int Attempts { get; private set; }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            ++Attempts == 1
                ? Task.FromException<HttpResponseMessage>(new HttpRequestException("Connection refused", new SocketException((int)SocketError.ConnectionRefused)))
                : base.SendAsync(request, cancellationToken);
    }
}
