using System.Text.Json;
using GeoGraph.Api.Auth;
using GeoGraph.Api.Problems;
using GeoGraph.Core;
using GeoGraph.Core.Exchange;
using GeoGraph.Core.Graph;
using GeoGraph.Core.Keys;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace GeoGraph.Api.Import;

/// <summary>Bulk import of sources, nodes and relations, all or nothing.</summary>
public static class ImportEndpoints
{
    public const string Route = "/api/import";

    public static IEndpointRouteBuilder MapImport(this IEndpointRouteBuilder app)
    {
        app.MapPost(Route, ImportGraph).WithTags("Import").WithName(nameof(ImportGraph)).RequireAuthorization(ApiKeyScopes.Write)
            .Accepts<GraphDocument>("application/json", NdjsonRecord.ContentType)
            .WithSummary("Imports sources, nodes and relations, all or nothing, idempotent by id")
            .WithDescription("""
                The body is NDJSON in the exchange format (Content-Type application/x-ndjson: one {"source":…}, {"node":…} or
                {"relation":…} a line) or a document like the seed's (application/json: {sources, nodes, relations}). Every record is
                checked as the single-record routes check it; references may point into the body or the store. One rejected record
                and nothing is written: a 422 problem whose `report` names each rejected record's line (NDJSON) or JSON pointer and the
                reason. With dryRun=true nothing is written either way. Limits: Import:MaxBytes and Import:MaxRecords (413).
                """)
            .Produces<ImportReport>(StatusCodes.Status200OK).ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge).ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesValidationProblem();
        return app;
    }

    /// <param name="dryRun">Check and count only; write nothing.</param>
    public static async Task<Results<Ok<ImportReport>, ValidationProblem, ProblemHttpResult>> ImportGraph(
        HttpRequest request, IGraphStore store, IOptions<ImportOptions> options, CancellationToken cancellationToken, bool dryRun = false)
    {
        var maxRecords = options.Value.MaxRecords;
        ImportRecords records;
        try
        {
            switch (MediaType(request))
            {
                case NdjsonRecord.ContentType:
                    records = await ImportRecords.ReadNdjsonAsync(request.Body, maxRecords, cancellationToken);
                    break;
                case "application/json":
                    var document = await JsonSerializer.DeserializeAsync<GraphDocument>(request.Body, GraphJson.Incoming, cancellationToken);
                    if (document is null)
                        return ApiProblems.Invalid("body", "The body must be a document {sources, nodes, relations}, not null.");
                    records = ImportRecords.Of(document, maxRecords);
                    break;
                default:
                    return TypedResults.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported media type",
                        detail: $"Send NDJSON ({NdjsonRecord.ContentType}) or a JSON document (application/json).");
            }
        }
        catch (JsonException error)
        {
            return ApiProblems.Invalid("body", error.Message);
        }
        catch (ImportTooLargeException error)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "Import too large", detail: error.Message);
        }
        var report = await GraphImporter.ImportAsync(store, records, dryRun, cancellationToken);
        return report.Rejected > 0
            ? TypedResults.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: "Import rejected",
                detail: $"{report.Rejected} record(s) were rejected; nothing was written. See report.rejections.",
                extensions: new Dictionary<string, object?> { ["report"] = report })
            : TypedResults.Ok(report);
    }

    private static string? MediaType(HttpRequest request) =>
        MediaTypeHeaderValue.TryParse(request.ContentType, out var type) ? type.MediaType.Value?.ToLowerInvariant() : null;
}
