namespace GeoGraph.Core.Keys;

/// <summary>Where API keys live: next to the graph, in the same store. Secrets never reach it, only their hashes.</summary>
public interface IApiKeyStore
{
    /// <summary>Creates what the store needs (a table, a constraint); safe to call again.</summary>
    Task InitializeAsync(CancellationToken cancellationToken = default);

    Task CreateAsync(ApiKey key, byte[] secretHash, CancellationToken cancellationToken = default);

    /// <summary>Every key, oldest first.</summary>
    Task<IReadOnlyList<ApiKey>> ListAsync(CancellationToken cancellationToken = default);

    /// <summary>The key whose secret hashes to <paramref name="secretHash"/>, with the stored hash, or null.</summary>
    Task<(ApiKey Key, byte[] SecretHash)?> FindAsync(byte[] secretHash, CancellationToken cancellationToken = default);

    /// <summary>Deletes the key; false when no key has that id.</summary>
    Task<bool> RevokeAsync(string id, CancellationToken cancellationToken = default);
}
