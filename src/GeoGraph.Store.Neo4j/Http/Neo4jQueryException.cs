namespace GeoGraph.Store.Neo4j.Http;

/// <summary>
/// Neo4j refused a statement for a reason the caller can act on: a syntax or semantic error, a missing or wrong
/// parameter, a write sent in read mode, a type error. <see cref="Code"/> is Neo4j's status code, e.g.
/// <c>Neo.ClientError.Statement.SyntaxError</c>; the API answers these with 400.
/// </summary>
public sealed class Neo4jQueryException(string code, string message, int? httpStatus = null, Exception? inner = null)
    : Exception($"{code}: {message}", inner)
{
    public string Code { get; } = code;

    /// <summary>The server's own message, without the code.</summary>
    public string ServerMessage { get; } = message;

    public int? HttpStatus { get; } = httpStatus;
}
