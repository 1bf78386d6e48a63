using GeoGraph.Core.Graph;
using GeoGraph.Core.Keys;
using GeoGraph.Core.Telemetry;
using GeoGraph.Core.Topology;
using GeoGraph.Store.Neo4j;
using GeoGraph.Store.Neo4j.Http;
using GeoGraph.Store.Sqlite;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace GeoGraph.Api.Store;

/// <summary>Chooses and prepares the graph store; endpoints only see <see cref="IGraphStore"/>, with every call measured.</summary>
public static class StoreSetup
{
    public static IHostApplicationBuilder AddGraphStore(this IHostApplicationBuilder builder)
    {
        builder.Services.AddHostedService<GraphStoreInitializer>();
        builder.Services.AddOptions<StoreOptions>().BindConfiguration(StoreOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        if (string.Equals(builder.Configuration[$"{StoreOptions.Section}:Provider"], StoreOptions.Neo4j, StringComparison.OrdinalIgnoreCase))
        {
            builder.Services.AddNeo4jGraphStore(builder.Configuration);
            builder.Services.Replace(ServiceDescriptor.Singleton<IGraphStore>(services => new InstrumentedGraphStore(services.GetRequiredService<Neo4jGraphStore>(), "neo4j")));
            builder.Services.AddNeo4jCypherReader();
            builder.Services.AddSingleton<IApiKeyStore>(services => new Neo4jApiKeyStore(services.GetRequiredService<Neo4jQueryClient>()));
            return builder;
        }
        builder.Services.AddOptions<SqliteStoreOptions>().BindConfiguration($"{StoreOptions.Section}:Sqlite").ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton(services => new SqliteGraphStore(services.GetRequiredService<IOptions<SqliteStoreOptions>>().Value,
            logger: services.GetRequiredService<ILogger<GraphSnapshots>>()));
        builder.Services.AddSingleton<IGraphStore>(services => new InstrumentedGraphStore(services.GetRequiredService<SqliteGraphStore>(), "sqlite"));
        builder.Services.AddSingleton<IApiKeyStore>(services => new SqliteApiKeyStore(services.GetRequiredService<IOptions<SqliteStoreOptions>>().Value));
        return builder;
    }
}
