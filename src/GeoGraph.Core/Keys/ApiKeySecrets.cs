using System.Security.Cryptography;
using System.Text;

namespace GeoGraph.Core.Keys;

/// <summary>Makes key secrets and ids, and hashes secrets for storage and lookup.</summary>
public static class ApiKeySecrets
{
    public const string Prefix = "gg_";

    /// <summary>A new key: its id, its secret (shown once) and the hash to store.</summary>
    public static (ApiKey Key, string Secret, byte[] Hash) Create(string name, IEnumerable<string> scopes, DateTimeOffset now)
    {
        var secret = Prefix + Base64Url(RandomNumberGenerator.GetBytes(32));
        var key = new ApiKey
        {
            Id = "key-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8)),
            Name = name,
            Scopes = scopes.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(),
            Created = now,
        };
        return (key, secret, Hash(secret));
    }

    public static byte[] Hash(string secret) => SHA256.HashData(Encoding.UTF8.GetBytes(secret));

    /// <summary>Whether two hashes are equal, in time that does not depend on where they differ.</summary>
    public static bool SameHash(byte[] a, byte[] b) => CryptographicOperations.FixedTimeEquals(a, b);

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
