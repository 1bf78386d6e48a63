using System.Text.Json;
using GeoGraph.Core.Graph;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Timeouts;
using Microsoft.AspNetCore.Mvc;

namespace GeoGraph.Api.Problems;

/// <summary>
/// Turns the few exceptions that reach the pipeline into problem responses: unreadable request bodies (400,
/// naming the field), duplicate ids (409), a failed If-Match (412), references to missing nodes or sources (422), an unavailable
/// store (503), a request past its time limit (504). Anything else is a 500 without internals.
/// </summary>
internal sealed partial class GraphExceptionHandler(IProblemDetailsService problemDetails, ILogger<GraphExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var timedOut = httpContext.Features.Get<IHttpRequestTimeoutFeature>()?.RequestTimeoutToken.IsCancellationRequested == true;
        var problem = exception switch
        {
            // A store that wraps the cancellation of a timed-out request is still a timeout.
            _ when timedOut => new ProblemDetails { Status = StatusCodes.Status504GatewayTimeout, Title = "The request took too long", Detail = "The request ran past its time limit and was abandoned; narrow it." },
            BadHttpRequestException { InnerException: JsonException json } => Validation(JsonField(json.Path), JsonReason(json)),
            BadHttpRequestException bad => new ProblemDetails { Status = bad.StatusCode, Title = "Bad request", Detail = bad.Message },
            DuplicateIdException duplicate => new ProblemDetails { Status = StatusCodes.Status409Conflict, Title = "Duplicate id", Detail = duplicate.Message },
            PreconditionFailedException stale => new ProblemDetails { Status = StatusCodes.Status412PreconditionFailed, Title = "Precondition failed", Detail = stale.Message },
            MissingReferenceException missing => Validation(missing.Field, missing.Message, StatusCodes.Status422UnprocessableEntity),
            StoreUnavailableException unavailable => new ProblemDetails { Status = StatusCodes.Status503ServiceUnavailable, Title = "Store unavailable", Detail = unavailable.Message },
            _ => null,
        };
        if (problem is null)
            LogUnhandled(logger, exception, httpContext.Request.Path);
        if (exception is StoreUnavailableException && !timedOut)
            LogStoreUnavailable(logger, httpContext.Request.Path, exception.Message);
        problem ??= new ProblemDetails { Status = StatusCodes.Status500InternalServerError, Title = "Internal error", Detail = "The request failed on the server; nothing was changed." };
        httpContext.Response.StatusCode = problem.Status!.Value;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }

    private static HttpValidationProblemDetails Validation(string field, string message, int status = StatusCodes.Status400BadRequest) =>
        new(new Dictionary<string, string[]> { [field] = [message] })
        {
            Status = status,
            Title = status == StatusCodes.Status400BadRequest ? "The request body is not valid" : "The request refers to something that does not exist",
        };

    /// <summary>"$.provenance.source" becomes "provenance.source"; the root becomes "body".</summary>
    private static string JsonField(string? path) =>
        string.IsNullOrEmpty(path) || path == "$" ? "body" : path.TrimStart('$', '.');

    // System.Text.Json tells these cases apart only in its messages.
    private static string JsonReason(JsonException json) =>
        json.Message.Contains("could not be mapped", StringComparison.Ordinal) ? "This field is not part of the request."
        : json.Message.StartsWith("Duplicate propert", StringComparison.Ordinal) ? "This key is given more than once; every key may appear once."
        : json.InnerException is InvalidOperationException { Message: var inner } && inner.Contains("UTF-", StringComparison.Ordinal)
            ? "The text is not valid Unicode: it holds a lone surrogate or bytes that are not UTF-8."
        : json.Path is null or "$" ? "The body is not valid JSON."
        : "The value has the wrong JSON type for this field, or the JSON is malformed here.";

    [LoggerMessage(Level = LogLevel.Warning, Message = "The store is unavailable; {Path} answered 503: {Reason}")]
    private static partial void LogStoreUnavailable(ILogger logger, PathString path, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled exception on {Path}")]
    private static partial void LogUnhandled(ILogger logger, Exception exception, PathString path);
}
