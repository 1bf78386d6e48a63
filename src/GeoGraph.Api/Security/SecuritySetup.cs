using GeoGraph.Api.Import;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;

namespace GeoGraph.Api.Security;

/// <summary>Request size limits and the response headers that make the service safer to expose.</summary>
public static class SecuritySetup
{
    public static IHostApplicationBuilder AddGraphSecurity(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<LimitOptions>().BindConfiguration(LimitOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<KestrelServerOptions>().Configure<IOptions<LimitOptions>, IOptions<ImportOptions>>((kestrel, limits, import) =>
        {
            kestrel.AddServerHeader = false;
            // The larger of the two; RequestBodyLimitMiddleware holds each route to its own.
            kestrel.Limits.MaxRequestBodySize = Math.Max(limits.Value.MaxBodyBytes, import.Value.MaxBytes);
        });
        return builder;
    }

    /// <summary>nosniff on every response, HSTS on HTTPS outside Development, and the body size limit.</summary>
    public static WebApplication UseGraphSecurity(this WebApplication app)
    {
        // Set when the response starts, so responses the exception handler rewrites from scratch carry it too.
        app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                context.Response.Headers.XContentTypeOptions = "nosniff";
                return Task.CompletedTask;
            });
            return next(context);
        });
        if (!app.Environment.IsDevelopment())
            app.UseHsts();
        app.UseMiddleware<RequestBodyLimitMiddleware>();
        return app;
    }
}
