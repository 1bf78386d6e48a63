using FluentValidation;
using GeoGraph.Api.Analysis;
using GeoGraph.Api.Auth;
using GeoGraph.Api.Cypher;
using GeoGraph.Api.Explore;
using GeoGraph.Api.Export;
using GeoGraph.Api.Health;
using GeoGraph.Api.Hosting;
using GeoGraph.Api.Http;
using GeoGraph.Api.Import;
using GeoGraph.Api.Keys;
using GeoGraph.Api.Nodes;
using GeoGraph.Api.OpenApi;
using GeoGraph.Api.Problems;
using GeoGraph.Api.Relations;
using GeoGraph.Api.Search;
using GeoGraph.Api.Security;
using GeoGraph.Api.Sources;
using GeoGraph.Api.Store;
using GeoGraph.Api.Telemetry;
using GeoGraph.Api.Reference;
using GeoGraph.Core;

if (HealthProbe.IsRequested(args))
    return await HealthProbe.RunAsync(args);

var builder = WebApplication.CreateBuilder(args);

builder.AddGraphStore();
builder.AddGraphQueries();
builder.AddCypherEndpoint();
builder.AddGraphHealthChecks();
builder.AddGraphSwagger();
builder.AddGraphProblems();
builder.AddGraphSecurity();
builder.AddGraphAuth();
builder.AddGraphLimits();
builder.AddGraphTelemetry();
builder.AddGraphHttp();
builder.AddGraphImport();
builder.Services.ConfigureHttpJsonOptions(options => GraphJson.Configure(options.SerializerOptions));
builder.Services.AddValidatorsFromAssemblyContaining<Program>(ServiceLifetime.Singleton);

var app = builder.Build();

app.ExplainStartFailures();
app.UseGraphRequestLogs();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseGraphSecurity();
app.UseGraphHttp();
app.UseGraphSwagger();
app.UseGraphExplorer();
app.UseRouting();
app.UseAuthentication();
app.UseGraphRateLimits();
app.UseAuthorization();
app.UseRequestTimeouts();

app.MapNodeCollections();
app.MapNodes();
app.MapRelations();
app.MapSearch();
app.MapGraphQueries();
app.MapCypher();
app.MapSources();
app.MapExport();
app.MapImport();
app.MapKeys();
app.MapVocabulary();
app.MapGraphHealth();
app.MapGraphMetrics();

await app.RunAsync();
return 0;

/// <summary>Entry point; public so tests can host the app with WebApplicationFactory.</summary>
public partial class Program;
