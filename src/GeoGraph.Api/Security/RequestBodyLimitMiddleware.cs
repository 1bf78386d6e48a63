using GeoGraph.Api.Import;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace GeoGraph.Api.Security;

/// <summary>
/// Answers 413 with a problem body when a request body is larger than <see cref="LimitOptions.MaxBodyBytes"/>
/// (<see cref="ImportOptions.MaxBytes"/> on the import route, whose bodies are bulk data).
/// A declared Content-Length is checked before anything is read; a body of unknown length (chunked) is read into
/// memory up to the limit, so the same rule holds on Kestrel and on the test server, which has no body size limit
/// of its own.
/// </summary>
internal sealed class RequestBodyLimitMiddleware(RequestDelegate next, IOptions<LimitOptions> options, IOptions<ImportOptions> import, IProblemDetailsService problems)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        var limit = request.Path.StartsWithSegments(ImportEndpoints.Route) ? import.Value.MaxBytes : options.Value.MaxBodyBytes;
        var canHaveBody = context.Features.Get<IHttpRequestBodyDetectionFeature>()?.CanHaveBody ?? true;
        var fits = request.ContentLength is { } length ? length <= limit
            : !canHaveBody || await BufferWithinAsync(context, limit);
        if (fits)
        {
            await next(context);
            return;
        }
        context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
        await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status413PayloadTooLarge,
                Title = "Request body too large",
                Detail = $"The request body may be at most {limit} bytes.",
            },
        });
    }

    /// <summary>Reads a body of unknown length into memory; false as soon as it passes the limit.</summary>
    private static async Task<bool> BufferWithinAsync(HttpContext context, long limit)
    {
        var buffered = new MemoryStream();
        context.Response.RegisterForDispose(buffered);
        var chunk = new byte[16 * 1024];
        try
        {
            int read;
            while ((read = await context.Request.Body.ReadAsync(chunk, context.RequestAborted)) > 0)
            {
                if (buffered.Length + read > limit)
                    return false;
                buffered.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException tooLarge) when (tooLarge.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return false; // Kestrel's own limit, set to the same size, tripped first
        }
        buffered.Position = 0;
        context.Request.Body = buffered;
        return true;
    }
}
