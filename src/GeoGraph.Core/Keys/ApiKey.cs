namespace GeoGraph.Core.Keys;

/// <summary>A scoped API key as stored: everything but the secret, which is kept only as its SHA-256 hash.</summary>
public sealed record ApiKey
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public required IReadOnlyList<string> Scopes { get; init; }

    public required DateTimeOffset Created { get; init; }
}

/// <summary>The scopes a key can carry. <see cref="Admin"/> implies every other scope and manages keys.</summary>
public static class ApiKeyScopes
{
    public const string Read = "read";
    public const string Write = "write";
    public const string Cypher = "cypher";
    public const string Admin = "admin";

    public static IReadOnlyList<string> All { get; } = [Read, Write, Cypher, Admin];

    public static bool IsScope(string scope) => All.Contains(scope, StringComparer.Ordinal);
}
