using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using GeoGraph.Core.Graph;

namespace GeoGraph.Store.Neo4j.Http;

/// <summary>What an explicit transaction's responses say about it.</summary>
public sealed record Neo4jTransactionInfo(string Id, DateTimeOffset? Expires);

/// <summary>A parsed Query API response: the statement's result and, inside an explicit transaction, the transaction.</summary>
public sealed record Neo4jResponse(Neo4jResult Result, Neo4jTransactionInfo? Transaction);

/// <summary>
/// Reads Query API bodies (<c>{"data": {"fields": [...], "values": [[...]]}, "bookmarks": [...], ...}</c>) and turns
/// the <c>errors</c> Neo4j reports into GeoGraph's exceptions. <c>errors</c> is checked on every body, including a
/// 202 that already carries rows: an error raised while the rows streamed comes after partial data, and the
/// statement's transaction was rolled back.
/// </summary>
public static partial class Neo4jResponseParser
{
    private const string ConstraintValidationFailed = "Neo.ClientError.Schema.ConstraintValidationFailed";

    public static Neo4jResponse Parse(HttpStatusCode status, ReadOnlyMemory<byte> body, Neo4jResultFormat format)
    {
        var statusCode = (int)status;
        var success = statusCode is >= 200 and < 300;
        if (IsBlank(body.Span))
            return success ? new Neo4jResponse(Neo4jResult.Empty, null) : throw ForStatus(statusCode, null);

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException error)
        {
            throw success
                ? new StoreUnavailableException($"Neo4j answered {statusCode} with a body that is not JSON.", error)
                : ForStatus(statusCode, Excerpt(body.Span));
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
                throw success ? new StoreUnavailableException($"Neo4j answered {statusCode} with JSON that is not an object.") : ForStatus(statusCode, Excerpt(body.Span));
            if (root.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Array && errors.GetArrayLength() > 0)
                throw ToException(errors, statusCode);
            if (!success)
                throw ForStatus(statusCode, Excerpt(body.Span));
            return new Neo4jResponse(ReadResult(root, format), ReadTransaction(root));
        }
    }

    /// <summary>The exception for one error Neo4j reported, by its status code (and HTTP status, when there was one).</summary>
    public static Exception ToException(string code, string message, int? httpStatus = null)
    {
        if (code == ConstraintValidationFailed && UniquenessViolation(message) is { } duplicate)
            return duplicate;
        if (code.StartsWith("Neo.TransientError.", StringComparison.Ordinal))
            return new StoreUnavailableException($"Neo4j could not run the statement right now ({code}): {message}", new Neo4jQueryException(code, message, httpStatus));
        if (code.StartsWith("Neo.DatabaseError.", StringComparison.Ordinal))
            return new StoreUnavailableException($"Neo4j failed ({code}): {message}", new Neo4jQueryException(code, message, httpStatus));
        if (code.StartsWith("Neo.ClientError.Security.", StringComparison.Ordinal))
            return new StoreUnavailableException($"Neo4j refused GeoGraph's credentials ({code}): check Store:Neo4j:User and Store:Neo4j:Password.", new Neo4jQueryException(code, message, httpStatus));
        if (code is "Neo.ClientError.Database.DatabaseNotFound" or "Neo.ClientError.Cluster.NotALeader" or "Neo.ClientError.Cluster.Routing"
            or "Neo.ClientError.General.ForbiddenOnReadOnlyDatabase")
            return new StoreUnavailableException($"Neo4j cannot serve the configured database ({code}): {message}", new Neo4jQueryException(code, message, httpStatus));
        // An explicit transaction that expired or timed out on the server: nothing the caller sent was wrong.
        if (code.StartsWith("Neo.ClientError.Transaction.", StringComparison.Ordinal))
            return new StoreUnavailableException($"Neo4j ended the transaction ({code}): {message}", new Neo4jQueryException(code, message, httpStatus));
        return new Neo4jQueryException(code, message, httpStatus);
    }

    /// <summary>The exception for an HTTP status that came without a Neo4j error.</summary>
    public static Exception ForStatus(int httpStatus, string? body) => httpStatus switch
    {
        401 or 403 => new StoreUnavailableException($"Neo4j refused the request ({httpStatus}): check Store:Neo4j:User and Store:Neo4j:Password."),
        404 => new StoreUnavailableException("Neo4j has no Query API for the configured database (404): check Store:Neo4j:Database, and that the server is Neo4j 5.26 or later."),
        408 or 429 or >= 500 => new StoreUnavailableException($"Neo4j answered {httpStatus}{(string.IsNullOrEmpty(body) ? "" : ": " + body)}"),
        _ => new Neo4jQueryException("Neo.ClientError.Request.Invalid", $"Neo4j answered {httpStatus}{(string.IsNullOrEmpty(body) ? "" : ": " + body)}", httpStatus),
    };

    internal static Exception ToException(JsonElement errors, int httpStatus)
    {
        var first = errors[0];
        var code = first.TryGetProperty("code", out var codeElement) && codeElement.ValueKind == JsonValueKind.String
            ? codeElement.GetString()!
            : "Neo.DatabaseError.General.UnknownError";
        var message = first.TryGetProperty("message", out var messageElement) && messageElement.ValueKind == JsonValueKind.String
            ? messageElement.GetString()!
            : "(no message)";
        return ToException(code, message, httpStatus);
    }

    private static Neo4jResult ReadResult(JsonElement root, Neo4jResultFormat format)
    {
        IReadOnlyList<string> fields = [];
        var rows = new List<IReadOnlyList<JsonElement>>();
        if (root.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object)
        {
            if (data.TryGetProperty("fields", out var fieldArray) && fieldArray.ValueKind == JsonValueKind.Array)
                fields = [.. fieldArray.EnumerateArray().Select(field => field.GetString() ?? "")];
            if (data.TryGetProperty("values", out var values) && values.ValueKind == JsonValueKind.Array)
            {
                // One clone for all rows: the elements outlive the response's document.
                foreach (var row in values.Clone().EnumerateArray())
                    rows.Add(row.ValueKind == JsonValueKind.Array ? [.. row.EnumerateArray()] : [row]);
            }
        }
        return new Neo4jResult(fields, rows, format);
    }

    private static Neo4jTransactionInfo? ReadTransaction(JsonElement root)
    {
        if (!root.TryGetProperty("transaction", out var transaction) || transaction.ValueKind != JsonValueKind.Object
            || !transaction.TryGetProperty("id", out var id) || id.ValueKind != JsonValueKind.String)
            return null;
        DateTimeOffset? expires = transaction.TryGetProperty("expires", out var expiresElement) && expiresElement.ValueKind == JsonValueKind.String
            && DateTimeOffset.TryParse(expiresElement.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed)
            ? parsed
            : null;
        return new Neo4jTransactionInfo(id.GetString()!, expires);
    }

    /// <summary>
    /// "Node(12) already exists with label `Node` and property `id` = 'x'" (or "Relationship(3) already exists with
    /// type `SAID` …"): a uniqueness constraint turned a write away. Other constraint failures are not duplicates.
    /// </summary>
    private static DuplicateIdException? UniquenessViolation(string message)
    {
        if (!message.Contains("already exists", StringComparison.OrdinalIgnoreCase))
            return null;
        var match = UniquenessMessage().Match(message);
        if (!match.Success)
            return new DuplicateIdException("record", QuotedValue().Match(message) is { Success: true } quoted ? quoted.Groups[1].Value : "unknown");
        var what = match.Groups["kind"].Value == "type" ? "relation"
            : match.Groups["token"].Value == "Source" ? "source"
            : "node";
        return new DuplicateIdException(what, match.Groups["id"].Value);
    }

    private static bool IsBlank(ReadOnlySpan<byte> body)
    {
        foreach (var b in body)
        {
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
                return false;
        }
        return true;
    }

    private static string Excerpt(ReadOnlySpan<byte> body)
    {
        var text = System.Text.Encoding.UTF8.GetString(body.Length > 300 ? body[..300] : body).Trim();
        return text.ReplaceLineEndings(" ");
    }

    [GeneratedRegex(@"already exists with (?<kind>label|type) `(?<token>[^`]+)` and propert(y|ies) `id` = '(?<id>[^']*)'", RegexOptions.CultureInvariant)]
    private static partial Regex UniquenessMessage();

    [GeneratedRegex("'([^']*)'", RegexOptions.CultureInvariant)]
    private static partial Regex QuotedValue();
}
