using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace GeoGraph.Api.Http;

/// <summary>What browsers and HTTP clients expect of the transport: CORS, HEAD on every GET route, Brotli and gzip.</summary>
public static class HttpSetup
{
    /// <summary>The request headers the API reads, which a browser must be allowed to send.</summary>
    public static readonly string[] RequestHeaders = ["X-Api-Key", HeaderNames.Authorization, HeaderNames.ContentType, HeaderNames.IfMatch, HeaderNames.IfNoneMatch];

    /// <summary>The response headers a browser script may read.</summary>
    public static readonly string[] ExposedHeaders = [HeaderNames.ETag, HeaderNames.Location, HeaderNames.RetryAfter];

    public static IHostApplicationBuilder AddGraphHttp(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<CorsSettings>().BindConfiguration(CorsSettings.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddCors();
        builder.Services.AddOptions<Microsoft.AspNetCore.Cors.Infrastructure.CorsOptions>().Configure<IOptions<CorsSettings>>((cors, settings) =>
            cors.AddDefaultPolicy(policy => policy
                .WithOrigins(settings.Value.Origins)
                .WithMethods(HttpMethods.Get, HttpMethods.Head, HttpMethods.Post, HttpMethods.Put, HttpMethods.Delete)
                .WithHeaders(RequestHeaders)
                .WithExposedHeaders(ExposedHeaders)
                .SetPreflightMaxAge(TimeSpan.FromMinutes(10))));
        builder.Services.AddResponseCompression(options =>
        {
            // BREACH needs a secret repeated in compressed answers next to text an attacker chooses. No answer here repeats
            // one: keys travel in request headers, and the only body with a secret (POST /api/keys) has a new one every time.
            options.EnableForHttps = true;
            options.MimeTypes = ["application/json", "application/problem+json"];
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
        });
        // ASP.NET Core's default, Fastest, makes Brotli larger than gzip; Optimal is Brotli quality 4 and zlib level 6, still quick.
        builder.Services.Configure<BrotliCompressionProviderOptions>(options => options.Level = CompressionLevel.Optimal);
        builder.Services.Configure<GzipCompressionProviderOptions>(options => options.Level = CompressionLevel.Optimal);
        return builder;
    }

    /// <summary>Before routing: HEAD runs as GET with the body dropped, then compression, then CORS (preflights end there, before keys and rate limits).</summary>
    public static WebApplication UseGraphHttp(this WebApplication app)
    {
        app.Use(AnswerHeadAsGet);
        app.UseResponseCompression();
        if (app.Services.GetRequiredService<IOptions<CorsSettings>>().Value.Origins.Length > 0)
            app.UseCors();
        return app;
    }

    private static Task AnswerHeadAsGet(HttpContext context, RequestDelegate next)
    {
        if (!HttpMethods.IsHead(context.Request.Method))
            return next(context);
        context.Request.Method = HttpMethods.Get;
        context.Response.Body = Stream.Null;
        return next(context);
    }
}
