using GeoGraph.Core.Graph;
using GeoGraph.Core.Keys;
using GeoGraph.Store.Neo4j;
using GeoGraph.Store.Neo4j.Http;
using GeoGraph.Store.Sqlite;
using Microsoft.Extensions.Options;

namespace GeoGraph.Api.Store;

/// <summary>Chooses and prepares the graph store; endpoints only see <see cref="IGraphStore"/>.</summary>
public static class StoreSetup
{
    public static IHostApplicationBuilder AddGraphStore(this IHostApplicationBuilder builder)
    {
        builder.Services.AddHostedService<GraphStoreInitializer>();
        builder.Services.AddOptions<StoreOptions>().BindConfiguration(StoreOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        if (string.Equals(builder.Configuration[$"{StoreOptions.Section}:Provider"], StoreOptions.Neo4j, StringComparison.OrdinalIgnoreCase))
        {
            builder.Services.AddNeo4jGraphStore(builder.Configuration);
            builder.Services.AddNeo4jCypherReader();
            builder.Services.AddSingleton<IApiKeyStore>(services => new Neo4jApiKeyStore(services.GetRequiredService<Neo4jQueryClient>()));
            return builder;
        }
        builder.Services.AddOptions<SqliteStoreOptions>().BindConfiguration($"{StoreOptions.Section}:Sqlite").ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<IGraphStore>(services => new SqliteGraphStore(services.GetRequiredService<IOptions<SqliteStoreOptions>>().Value));
        builder.Services.AddSingleton<IApiKeyStore>(services => new SqliteApiKeyStore(services.GetRequiredService<IOptions<SqliteStoreOptions>>().Value));
        return builder;
    }
}
