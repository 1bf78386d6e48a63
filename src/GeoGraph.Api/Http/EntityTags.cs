using System.Security.Cryptography;
using GeoGraph.Core.Graph;
using Microsoft.Net.Http.Headers;

namespace GeoGraph.Api.Http;

/// <summary>ETags on answers, and the 304 a GET gets when its If-None-Match already names the current one.</summary>
public static class EntityTags
{
    /// <summary>A strong ETag, the record's <see cref="RecordVersion"/>, on a 200 or 201 answer with a record.</summary>
    public static RouteHandlerBuilder WithRecordETag(this RouteHandlerBuilder route) =>
        route.AddEndpointFilter<RecordETagFilter>().WithMetadata(new EntityTagMetadata());

    /// <summary>A weak ETag from the graph snapshot's version on every answer of the group: any write changes it.</summary>
    public static RouteGroupBuilder WithSnapshotETag(this RouteGroupBuilder group) =>
        group.AddEndpointFilter<SnapshotETagFilter>().WithMetadata(new EntityTagMetadata());

    /// <summary>The If-Match header as a store condition; null when absent. A header that does not parse matches nothing.</summary>
    public static IfMatch? IfMatchOf(string? header)
    {
        if (string.IsNullOrWhiteSpace(header))
            return null;
        if (!EntityTagHeaderValue.TryParseList([header], out var tags))
            return new IfMatch([]);
        // If-Match compares strongly: weak tags never match.
        return tags.Any(tag => tag.Equals(EntityTagHeaderValue.Any))
            ? IfMatch.Any
            : new IfMatch([.. tags.Where(tag => !tag.IsWeak).Select(tag => tag.Tag.ToString().Trim('"'))]);
    }

    /// <summary>Sets the ETag; answers 304 when the request is a GET whose If-None-Match names it (weak comparison).</summary>
    internal static object? Answer(HttpContext http, EntityTagHeaderValue tag, object? result)
    {
        http.Response.Headers.ETag = tag.ToString();
        var current = HttpMethods.IsGet(http.Request.Method)
            && EntityTagHeaderValue.TryParseList(http.Request.Headers.IfNoneMatch, out var tags)
            && tags.Any(other => other.Equals(EntityTagHeaderValue.Any) || other.Compare(tag, useStrongComparison: false));
        return current ? TypedResults.StatusCode(StatusCodes.Status304NotModified) : result;
    }

    internal static IResult? Unwrap(object? result) => result is INestedHttpResult nested ? nested.Result : result as IResult;

    private static bool IsSuccess(IResult? result) =>
        result is IStatusCodeHttpResult { StatusCode: StatusCodes.Status200OK or StatusCodes.Status201Created };

    private sealed class RecordETagFilter : IEndpointFilter
    {
        public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
        {
            var result = await next(context);
            return Unwrap(result) is IValueHttpResult { Value: { } record } answer && IsSuccess(answer as IResult)
                ? Answer(context.HttpContext, new EntityTagHeaderValue($"\"{RecordVersion.Of(record)}\""), result)
                : result;
        }
    }

    private sealed class SnapshotETagFilter(IGraphStore store) : IEndpointFilter
    {
        // Snapshot versions count again from the start with each process: the epoch keeps an older process's tags from matching.
        private static readonly string Epoch = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4));

        public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
        {
            // Read before the answer is computed: the answer is at least this new, so the tag never claims a newer graph than it shows.
            var snapshot = await store.GetSnapshotAsync(context.HttpContext.RequestAborted);
            var tag = new EntityTagHeaderValue($"\"{Epoch}-{snapshot.Version}\"", isWeak: true);
            if (Answer(context.HttpContext, tag, null) is { } notModified)
                return notModified;
            var result = await next(context);
            if (!IsSuccess(Unwrap(result)))
                context.HttpContext.Response.Headers.Remove(HeaderNames.ETag);
            return result;
        }
    }
}

/// <summary>Marks routes whose answers carry an ETag, so the OpenAPI document can tell about If-None-Match and 304.</summary>
public sealed record EntityTagMetadata;
