using GeoGraph.Core.Graph;
using GeoGraph.Core.Keys;
using GeoGraph.Core.Seed;
using Microsoft.Extensions.Options;

namespace GeoGraph.Api.Store;

/// <summary>
/// Prepares the store when the host starts, after settings were validated and before the server listens:
/// creates the schema (and the API keys' table or constraints), loads the seed graph into a store that holds no node yet, and builds the graph snapshot so
/// the first graph query does not pay for it. A store that cannot be reached stops the start with its error.
/// </summary>
internal sealed partial class GraphStoreInitializer(IGraphStore store, IApiKeyStore keys, IOptions<StoreOptions> options, ILogger<GraphStoreInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await store.InitializeAsync(cancellationToken);
        await keys.InitializeAsync(cancellationToken);
        if (options.Value.Seed && await store.IsEmptyAsync(cancellationToken))
        {
            var seed = SeedDocument.LoadEmbedded();
            await store.UpsertAsync(seed, cancellationToken);
            LogSeeded(logger, seed.Nodes.Count, seed.Relations.Count);
        }
        await store.GetSnapshotAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Loaded the seed graph: {Nodes} nodes, {Relations} relations.")]
    private static partial void LogSeeded(ILogger logger, int nodes, int relations);
}
