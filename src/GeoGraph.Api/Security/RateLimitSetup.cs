using System.Globalization;
using System.Threading.RateLimiting;
using GeoGraph.Api.Auth;
using Microsoft.AspNetCore.Http.Timeouts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace GeoGraph.Api.Security;

/// <summary>
/// Rate limits (token buckets partitioned by key id, else by client IP: a general budget on every request, a
/// stricter one on expensive routes; 429 problem with Retry-After) and request timeouts (504 problem).
/// </summary>
public static class RateLimitSetup
{
    public static IHostApplicationBuilder AddGraphLimits(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<RateLimitOptions>().BindConfiguration(RateLimitOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<RequestTimeoutSettings>().BindConfiguration(RequestTimeoutSettings.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddRateLimiter(_ => { });
        builder.Services.AddOptions<RateLimiterOptions>().Configure<IOptions<RateLimitOptions>>((limiter, settings) =>
        {
            var general = settings.Value.PermitsPerMinute;
            var expensive = settings.Value.ExpensivePermitsPerMinute;
            limiter.GlobalLimiter = PartitionedRateLimiter.CreateChained(
                PartitionedRateLimiter.Create<HttpContext, string>(context =>
                    RateLimitPartition.GetTokenBucketLimiter(ClientOf(context), _ => Bucket(general))),
                PartitionedRateLimiter.Create<HttpContext, string>(context => IsExpensive(context.Request)
                    ? RateLimitPartition.GetTokenBucketLimiter(ClientOf(context), _ => Bucket(expensive))
                    : RateLimitPartition.GetNoLimiter("")));
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = (context, _) => RejectAsync(context, IsExpensive(context.HttpContext.Request) ? expensive : general);
        });
        builder.Services.AddRequestTimeouts();
        builder.Services.AddOptions<RequestTimeoutOptions>().Configure<IOptions<RequestTimeoutSettings>>((timeouts, settings) =>
            timeouts.DefaultPolicy = new RequestTimeoutPolicy
            {
                Timeout = settings.Value.Default,
                TimeoutStatusCode = StatusCodes.Status504GatewayTimeout,
                WriteTimeoutResponse = context => WriteProblemAsync(context, "The request took too long",
                    $"The request ran for more than {settings.Value.Default.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture)} s and was abandoned; narrow it."),
            });
        return builder;
    }

    /// <summary>After authentication (the key id partitions), before authorization (refused requests count too).</summary>
    public static WebApplication UseGraphRateLimits(this WebApplication app)
    {
        if (app.Services.GetRequiredService<IOptions<RateLimitOptions>>().Value.Enabled)
            app.UseRateLimiter();
        return app;
    }

    /// <summary>Whether the request is one of the costly ones that have a budget of their own.</summary>
    public static bool IsExpensive(HttpRequest request)
    {
        var path = request.Path;
        return (HttpMethods.IsPost(request.Method) && path.StartsWithSegments("/api/cypher"))
            || path.StartsWithSegments("/api/graph/centrality")
            || path.StartsWithSegments("/api/export")
            || (path.StartsWithSegments("/api/graph/paths") && Number(request, "k") > 1)
            || (path.StartsWithSegments("/api/graph/neighborhood") && Number(request, "depth") >= 3);
    }

    private static int Number(HttpRequest request, string name) =>
        int.TryParse(request.Query[name].LastOrDefault(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : 0;

    private static string ClientOf(HttpContext context) =>
        context.User.KeyId() is { } id ? $"key:{id}" : $"ip:{context.Connection.RemoteIpAddress}";

    private static TokenBucketRateLimiterOptions Bucket(int perMinute) => new()
    {
        TokenLimit = perMinute,
        TokensPerPeriod = perMinute >= 60 ? perMinute / 60 : 1,
        ReplenishmentPeriod = perMinute >= 60 ? TimeSpan.FromSeconds(1) : TimeSpan.FromSeconds(60.0 / perMinute),
        QueueLimit = 0,
        AutoReplenishment = true,
    };

    private static async ValueTask RejectAsync(OnRejectedContext context, int perMinute)
    {
        var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(60.0 / perMinute);
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        context.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        await WriteProblemAsync(context.HttpContext, "Too many requests",
            $"This client may make {perMinute} such requests a minute; try again in {seconds} s.");
    }

    private static async Task WriteProblemAsync(HttpContext context, string title, string detail)
    {
        var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails { Status = context.Response.StatusCode, Title = title, Detail = detail },
        });
    }
}
