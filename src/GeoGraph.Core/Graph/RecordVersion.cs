using System.Security.Cryptography;
using System.Text.Json;

namespace GeoGraph.Core.Graph;

/// <summary>
/// The version of a stored record: a hash of its JSON, so it changes with every write that changes the record, is the
/// same on every store for the same content, and needs no counter that a delete and re-create could reset.
/// </summary>
public static class RecordVersion
{
    /// <summary>22 base64url characters: the first 128 bits of the SHA-256 of the record's JSON.</summary>
    public static string Of(object record)
    {
        var hash = SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(record, record.GetType(), GraphJson.Options));
        return Convert.ToBase64String(hash, 0, 16).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }
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
