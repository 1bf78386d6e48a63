using GeoGraph.Core.Model;

namespace GeoGraph.Core.Graph;

/// <summary>Something with that id exists already (HTTP 409).</summary>
public sealed class DuplicateIdException(string what, string id)
    : Exception($"A {what} with id '{id}' exists already.")
{
    public string Id { get; } = id;
}

/// <summary>A write names a node or source that does not exist (HTTP 422, on the named field).</summary>
public sealed class MissingReferenceException(string field, string message) : Exception(message)
{
    public string Field { get; } = field;

    /// <summary><paramref name="field"/> names the node <paramref name="id"/>, which does not exist.</summary>
    public static MissingReferenceException NoNode(string field, string id) => new(field, $"There is no node with id '{id}'.");

    /// <summary><paramref name="field"/> names the source <paramref name="id"/>, which does not exist.</summary>
    public static MissingReferenceException NoSource(string field, string id) => new(field, $"There is no source with id '{id}'.");

    /// <summary>
    /// The first missing reference of a relation, in the order every store reports them: its from node, its to
    /// node, then its source; null when all exist. Field names start with <paramref name="fieldPrefix"/>
    /// (e.g. <c>relations[3].</c>).
    /// </summary>
    public static MissingReferenceException? FirstOf(Relation relation, string fieldPrefix, bool fromExists, bool toExists, bool sourceExists) =>
        !fromExists ? NoNode(fieldPrefix + "from", relation.From)
        : !toExists ? NoNode(fieldPrefix + "to", relation.To)
        : !sourceExists ? NoSource(fieldPrefix + "provenance.source", relation.Provenance.Source)
        : null;
}

/// <summary>The store cannot be reached or failed (HTTP 503).</summary>
public sealed class StoreUnavailableException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>An If-Match condition failed: the record is gone or changed since it was read (HTTP 412); nothing was written.</summary>
public sealed class PreconditionFailedException(string what, string id)
    : Exception($"The {what} '{id}' does not match If-Match: it changed (or was deleted) since you read it. GET it again for its current ETag and retry.");
