using System.Net.Sockets;
using GeoGraph.Core.Graph;
using GeoGraph.Core.Topology;
using GeoGraph.Store.Neo4j;
using GeoGraph.Store.Neo4j.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;

namespace Microsoft.Extensions.DependencyInjection;

public static class Neo4jServiceCollectionExtensions
{
    /// <summary>Retries after a transient failure; each waits longer (exponential backoff with jitter).</summary>
    public const int MaxRetries = 2;

    /// <summary>The named HttpClient analysts' Cypher goes through.</summary>
    public const string CypherClientName = "GeoGraph.Neo4j.Cypher";

    /// <summary>
    /// Registers the Neo4j store as the <see cref="IGraphStore"/> singleton: binds <see cref="Neo4jStoreOptions"/> from
    /// <c>Store:Neo4j</c> of <paramref name="configuration"/> and validates them at start, and registers the typed
    /// <see cref="Neo4jQueryClient"/> with the standard resilience pipeline: a per-attempt timeout of
    /// <see cref="Neo4jStoreOptions.RequestTimeout"/>, at most <see cref="MaxRetries"/> retries of transient failures
    /// (5xx, 408, 429, timeouts, broken connections) for requests that are safe to repeat (reads, rollbacks, and any
    /// request whose connection was refused before it was sent; never one marked
    /// <see cref="Neo4jQueryClient.NeverRetried"/>), a circuit breaker, and a total timeout over all
    /// attempts. Writes are not repeated blindly: a write whose answer was lost may have committed.
    /// </summary>
    public static IServiceCollection AddNeo4jGraphStore(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<Neo4jStoreOptions>()
            .Bind(configuration.GetSection(Neo4jStoreOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.AddHttpClient<Neo4jQueryClient>((provider, http) =>
            {
                http.BaseAddress = provider.GetRequiredService<IOptions<Neo4jStoreOptions>>().Value.BaseUri();
                // The resilience pipeline bounds every attempt and the whole call.
                http.Timeout = Timeout.InfiniteTimeSpan;
            })
            // The client lives in a singleton: rotate connections (DNS changes) in the handler, not by handler lifetime.
            .UseSocketsHttpHandler((handler, _) => handler.PooledConnectionLifetime = TimeSpan.FromMinutes(2))
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan)
            .AddStandardResilienceHandler()
            .Configure((resilience, provider) => Configure(resilience, provider.GetRequiredService<IOptions<Neo4jStoreOptions>>().Value));

        services.AddSingleton(provider => new Neo4jGraphStore(
            provider.GetRequiredService<Neo4jQueryClient>(),
            provider.GetRequiredService<IOptions<Neo4jStoreOptions>>(),
            provider.GetService<TimeProvider>(),
            provider.GetService<ILoggerFactory>()?.CreateLogger<GraphSnapshots>()));
        services.AddSingleton<IGraphStore>(provider => provider.GetRequiredService<Neo4jGraphStore>());
        return services;
    }

    /// <summary>
    /// Registers <see cref="Neo4jCypherReader"/> as the <see cref="ICypherReader"/> (after
    /// <see cref="AddNeo4jGraphStore"/>), on an HttpClient of its own without the resilience pipeline: analysts'
    /// queries are never retried, cannot open the store's circuit breaker, and are bounded by the caller's timeout
    /// rather than <see cref="Neo4jStoreOptions.RequestTimeout"/>.
    /// </summary>
    public static IServiceCollection AddNeo4jCypherReader(this IServiceCollection services)
    {
        services.AddHttpClient(CypherClientName, (provider, http) =>
            {
                http.BaseAddress = provider.GetRequiredService<IOptions<Neo4jStoreOptions>>().Value.BaseUri();
                http.Timeout = Timeout.InfiniteTimeSpan;
            })
            .UseSocketsHttpHandler((handler, _) => handler.PooledConnectionLifetime = TimeSpan.FromMinutes(2))
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan);
        services.AddSingleton<ICypherReader>(provider => new Neo4jCypherReader(new Neo4jQueryClient(
            provider.GetRequiredService<IHttpClientFactory>().CreateClient(CypherClientName),
            provider.GetRequiredService<IOptions<Neo4jStoreOptions>>())));
        return services;
    }

    internal static void Configure(HttpStandardResilienceOptions resilience, Neo4jStoreOptions options)
    {
        resilience.AttemptTimeout.Timeout = options.RequestTimeout;
        resilience.Retry.MaxRetryAttempts = MaxRetries;
        resilience.Retry.BackoffType = DelayBackoffType.Exponential;
        resilience.Retry.UseJitter = true;
        resilience.Retry.Delay = TimeSpan.FromMilliseconds(200);
        resilience.Retry.ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Outcome, args.Context));
        resilience.TotalRequestTimeout.Timeout = options.RequestTimeout * (MaxRetries + 1) + TimeSpan.FromSeconds(5);
        // The breaker's window must be at least twice an attempt's timeout.
        resilience.CircuitBreaker.SamplingDuration = options.RequestTimeout * 2 + TimeSpan.FromSeconds(1);
    }

    internal static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, ResilienceContext context)
    {
        var request = context.GetRequestMessage();
        if (!HttpClientResiliencePredicates.IsTransient(outcome) || (request is not null && request.Options.TryGetValue(Neo4jQueryClient.NeverRetried, out var never) && never))
            return false;
        var notSent = outcome.Exception is HttpRequestException { InnerException: SocketException { SocketErrorCode: SocketError.ConnectionRefused } };
        return notSent || (request is not null && request.Options.TryGetValue(Neo4jQueryClient.Retryable, out var retryable) && retryable);
    }
}
