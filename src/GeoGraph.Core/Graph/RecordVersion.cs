using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace GeoGraph.Core.Graph;

/// <summary>
/// The version of a stored record: a hash of its JSON, so it changes with every write that changes the record, is the
/// same on every store for the same content, and needs no counter that a delete and re-create could reset.
/// </summary>
public static class RecordVersion
{
    /// <summary>22 base64url characters: the first 128 bits of the SHA-256 of the record's canonical JSON.</summary>
    public static string Of(object record)
    {
        var json = JsonSerializer.SerializeToNode(record, record.GetType(), GraphJson.Options);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(Canonical(json)));
        return Convert.ToBase64String(hash, 0, 16).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    // Keys sorted and numbers in one spelling: a store may hand back properties in another order, or 1.0 as 1.
    private static string Canonical(JsonNode? node) => node switch
    {
        null => "null",
        JsonObject map => "{" + string.Join(',', map.OrderBy(pair => pair.Key, StringComparer.Ordinal)
            .Select(pair => JsonSerializer.Serialize(pair.Key) + ":" + Canonical(pair.Value))) + "}",
        JsonArray list => "[" + string.Join(',', list.Select(Canonical)) + "]",
        _ when node.GetValueKind() == JsonValueKind.Number => node.GetValue<double>().ToString("R", CultureInfo.InvariantCulture),
        _ => node.ToJsonString(),
    };
}

/// <summary>
/// An If-Match condition on a write: it goes ahead only while the record exists and, unless <see cref="AnyVersion"/>
/// (<c>If-Match: *</c>), its current version is one of <see cref="Versions"/>.
/// </summary>
public sealed record IfMatch(IReadOnlyList<string> Versions, bool AnyVersion = false)
{
    public static IfMatch Any { get; } = new([], AnyVersion: true);

    /// <summary>The versions a store compares with, or null when any version will do.</summary>
    public IReadOnlyList<string>? Required => AnyVersion ? null : Versions;

    public bool Allows(object? current) => current is not null && (AnyVersion || Versions.Contains(RecordVersion.Of(current)));
}
