using System.Globalization;
using GeoGraph.Core.Keys;
using GeoGraph.Store.Neo4j.Http;

namespace GeoGraph.Store.Neo4j;

/// <summary>
/// API keys on Neo4j: one <c>(:ApiKey {id, name, scopes, created, secretHash})</c> node a key, the secret only as its
/// SHA-256 hash (lower-case hex). <c>:ApiKey</c> nodes carry no <c>:Node</c> label, so graph reads never see them.
/// </summary>
public sealed class Neo4jApiKeyStore(Neo4jQueryClient client) : IApiKeyStore
{
    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        foreach (var statement in Neo4jApiKeyStatements.Schema)
            await client.RunAsync(Neo4jQuery.Write(statement), cancellationToken);
    }

    public async Task CreateAsync(ApiKey key, byte[] secretHash, CancellationToken cancellationToken = default) =>
        await client.RunAsync(Neo4jQuery.Write(Neo4jApiKeyStatements.Create, new Dictionary<string, object?>
        {
            ["id"] = key.Id,
            ["name"] = key.Name,
            ["scopes"] = key.Scopes,
            ["created"] = key.Created.ToString("O", CultureInfo.InvariantCulture),
            ["secretHash"] = Convert.ToHexStringLower(secretHash),
        }), cancellationToken);

    public async Task<IReadOnlyList<ApiKey>> ListAsync(CancellationToken cancellationToken = default)
    {
        var result = await client.RunAsync(Neo4jQuery.Read(Neo4jApiKeyStatements.List), cancellationToken);
        return [.. result.Records.Select(record => Read(record).Key)];
    }

    public async Task<(ApiKey Key, byte[] SecretHash)?> FindAsync(byte[] secretHash, CancellationToken cancellationToken = default)
    {
        var result = await client.RunAsync(Neo4jQuery.Read(Neo4jApiKeyStatements.Find,
            new Dictionary<string, object?> { ["secretHash"] = Convert.ToHexStringLower(secretHash) }), cancellationToken);
        return result.Records.Count == 1 ? Read(result.Records[0]) : null;
    }

    public async Task<bool> RevokeAsync(string id, CancellationToken cancellationToken = default)
    {
        var result = await client.RunAsync(Neo4jQuery.Write(Neo4jApiKeyStatements.Revoke, new Dictionary<string, object?> { ["id"] = id }), cancellationToken);
        return result.Records.Count == 1 && result.Records[0].GetInt64("revoked") > 0;
    }

    private static (ApiKey Key, byte[] SecretHash) Read(Neo4jRecord record) => (new ApiKey
    {
        Id = record.GetString("id"),
        Name = record.GetString("name"),
        Scopes = [.. record["scopes"].EnumerateArray().Select(scope => scope.GetString()!)],
        Created = DateTimeOffset.Parse(record.GetString("created"), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
    }, Convert.FromHexString(record.GetString("secretHash")));
}

/// <summary>Every statement <see cref="Neo4jApiKeyStore"/> sends; values travel only as parameters.</summary>
public static class Neo4jApiKeyStatements
{
    private const string Fields = "k.id AS id, k.name AS name, k.scopes AS scopes, k.created AS created, k.secretHash AS secretHash";

    public static IReadOnlyList<string> Schema { get; } =
    [
        "CREATE CONSTRAINT api_key_id IF NOT EXISTS FOR (k:ApiKey) REQUIRE k.id IS UNIQUE",
        "CREATE CONSTRAINT api_key_hash IF NOT EXISTS FOR (k:ApiKey) REQUIRE k.secretHash IS UNIQUE",
    ];

    public const string Create =
        "CREATE (k:ApiKey {id: $id, name: $name, scopes: $scopes, created: $created, secretHash: $secretHash})";

    public const string List = $"MATCH (k:ApiKey) RETURN {Fields} ORDER BY k.created, k.id";

    public const string Find = $"MATCH (k:ApiKey {{secretHash: $secretHash}}) RETURN {Fields}";

    public const string Revoke = "MATCH (k:ApiKey {id: $id}) DETACH DELETE k RETURN count(*) AS revoked";

    public static IEnumerable<string> All => [.. Schema, Create, List, Find, Revoke];
}
