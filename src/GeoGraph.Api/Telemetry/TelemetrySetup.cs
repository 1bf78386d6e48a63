using GeoGraph.Core.Keys;
using GeoGraph.Core.Telemetry;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace GeoGraph.Api.Telemetry;

/// <summary>
/// OpenTelemetry traces and metrics of ASP.NET Core, the HttpClients (to Neo4j), the runtime and GeoGraph's own
/// <see cref="GraphTelemetry"/>; a Prometheus scrape endpoint at <c>/metrics</c>; OTLP export when
/// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set (environment or settings).
/// </summary>
public static class TelemetrySetup
{
    public const string MetricsPath = "/metrics";

    public const string OtlpEndpointSetting = "OTEL_EXPORTER_OTLP_ENDPOINT";

    public static IHostApplicationBuilder AddGraphTelemetry(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<MetricsOptions>().BindConfiguration(MetricsOptions.Section);
        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(GraphTelemetry.Name))
            .WithTracing(tracing => tracing.AddSource(GraphTelemetry.Name).AddAspNetCoreInstrumentation().AddHttpClientInstrumentation())
            .WithMetrics(metrics => metrics.AddMeter(GraphTelemetry.Name).AddAspNetCoreInstrumentation().AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation().AddPrometheusExporter());
        if (!string.IsNullOrWhiteSpace(builder.Configuration[OtlpEndpointSetting]))
            telemetry.UseOtlpExporter();
        return builder;
    }

    /// <summary><c>/metrics</c> in the Prometheus text format: for the <c>admin</c> scope unless <c>Metrics:Public</c>.</summary>
    public static IEndpointRouteBuilder MapGraphMetrics(this IEndpointRouteBuilder app)
    {
        var endpoint = app.MapPrometheusScrapingEndpoint(MetricsPath);
        if (app.ServiceProvider.GetRequiredService<Microsoft.Extensions.Options.IOptions<MetricsOptions>>().Value.Public)
            endpoint.AllowAnonymous();
        else
            endpoint.RequireAuthorization(ApiKeyScopes.Admin);
        return app;
    }
}
