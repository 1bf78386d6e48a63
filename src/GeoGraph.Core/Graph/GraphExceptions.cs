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
}

/// <summary>The store cannot be reached or failed (HTTP 503).</summary>
public sealed class StoreUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
