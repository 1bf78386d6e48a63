using GeoGraph.Core.Graph;
using GeoGraph.Core.Seed;
using GeoGraph.Store.Neo4j;
using GeoGraph.Store.Sqlite;
using Microsoft.Extensions.Options;

namespace GeoGraph.Api.Store;

/// <summary>Chooses and prepares the graph store; endpoints only see <see cref="IGraphStore"/>.</summary>
public static partial class StoreSetup
{
    public static IHostApplicationBuilder AddGraphStore(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<StoreOptions>().BindConfiguration(StoreOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        if (string.Equals(builder.Configuration[$"{StoreOptions.Section}:Provider"], StoreOptions.Neo4j, StringComparison.OrdinalIgnoreCase))
        {
            builder.Services.AddNeo4jGraphStore(builder.Configuration);
            builder.Services.AddSingleton<ICypherReader, Neo4jCypherReader>();
            return builder;
        }
        builder.Services.AddOptions<SqliteStoreOptions>().BindConfiguration($"{StoreOptions.Section}:Sqlite").ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<IGraphStore>(services => new SqliteGraphStore(services.GetRequiredService<IOptions<SqliteStoreOptions>>().Value));
        return builder;
    }

    /// <summary>Creates the schema, loads the seed graph into a store that holds no node yet, and warms the topology.</summary>
    public static async Task InitializeGraphStoreAsync(this WebApplication app)
    {
        var store = app.Services.GetRequiredService<IGraphStore>();
        await store.InitializeAsync();
        if (app.Services.GetRequiredService<IOptions<StoreOptions>>().Value.Seed && await store.IsEmptyAsync())
        {
            var seed = SeedDocument.LoadEmbedded();
            await store.UpsertAsync(seed);
            LogSeeded(app.Logger, seed.Nodes.Count, seed.Relations.Count);
        }
        // Build the topology now, so the first graph query does not pay for it.
        await store.GetTopologyAsync();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Loaded the seed graph: {Nodes} nodes, {Relations} relations.")]
    private static partial void LogSeeded(ILogger logger, int nodes, int relations);
}
