using System.Diagnostics;
using GeoGraph.Api.Auth;

namespace GeoGraph.Api.Telemetry;

/// <summary>
/// One structured log line per request (category <c>GeoGraph.Requests</c>): method, route template, path, status,
/// duration, the id of the API key (never the key) and the trace id. Information up to 4xx, Error for 5xx.
/// </summary>
internal sealed partial class RequestLogMiddleware(RequestDelegate next, ILoggerFactory loggers)
{
    public const string Category = "GeoGraph.Requests";

    private readonly ILogger _logger = loggers.CreateLogger(Category);

    public async Task InvokeAsync(HttpContext context)
    {
        var started = Stopwatch.GetTimestamp();
        var traceId = Activity.Current?.TraceId.ToString() ?? context.TraceIdentifier;
        try
        {
            await next(context);
        }
        finally
        {
            var status = context.Response.StatusCode;
            var level = status >= StatusCodes.Status500InternalServerError ? LogLevel.Error : LogLevel.Information;
            if (_logger.IsEnabled(level))
            {
                var route = (context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? "(none)";
                var durationMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                var keyId = context.User.KeyId() ?? "(anonymous)";
                LogRequest(_logger, level, context.Request.Method, route, context.Request.Path, status, durationMs, keyId, traceId);
            }
        }
    }

    [LoggerMessage(Message = "{Method} {Route} ({Path}) answered {Status} in {DurationMs:0.0} ms; key {KeyId}, trace {TraceId}")]
    private static partial void LogRequest(ILogger logger, LogLevel level, string method, string route, PathString path, int status, double durationMs,
        string keyId, string traceId);
}

public static class RequestLogSetup
{
    /// <summary>Logs every request; first in the pipeline, so it sees the status the exception handler answered.</summary>
    public static WebApplication UseGraphRequestLogs(this WebApplication app)
    {
        app.UseMiddleware<RequestLogMiddleware>();
        return app;
    }
}
