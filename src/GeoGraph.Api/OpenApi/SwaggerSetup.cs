using System.Text.Json.Nodes;
using GeoGraph.Core.Model;
using Microsoft.OpenApi;

namespace GeoGraph.Api.OpenApi;

/// <summary>
/// OpenAPI document at <c>/swagger/v1/swagger.json</c> and Swagger UI at <c>/swagger</c>: served in Development,
/// elsewhere only when <c>Swagger:Enabled</c> is true.
/// </summary>
public static class SwaggerSetup
{
    public static IHostApplicationBuilder AddGraphSwagger(this IHostApplicationBuilder builder)
    {
        builder.Services.AddEndpointsApiExplorer();
        builder.Services.AddSwaggerGen(options =>
        {
            options.SwaggerDoc("v1", new OpenApiInfo
            {
                Title = "GeoGraph",
                Version = "v1",
                Description = "Knowledge graph of geopolitical actors, events and the relations between them, with the source passage behind every fact.",
                Contact = new OpenApiContact { Name = "GeoGraph maintainers" },
                License = new OpenApiLicense { Name = "Proprietary" },
            });
            // Relative: Swagger UI and generated clients call the host that served the document.
            options.AddServer(new OpenApiServer { Url = "/", Description = "The service that serves this document" });
            options.SupportNonNullableReferenceTypes();
            foreach (var assembly in new[] { typeof(Program).Assembly, typeof(Node).Assembly })
                options.IncludeXmlComments(Path.Combine(AppContext.BaseDirectory, $"{assembly.GetName().Name}.xml"), includeControllerXmlComments: true);
            options.MapType<PartialDate>(() => new OpenApiSchema
            {
                Type = JsonSchemaType.String,
                Pattern = @"^\d{4}(-\d{2}(-\d{2})?)?$",
                Description = "A date at the precision the source gives: YYYY, YYYY-MM or YYYY-MM-DD.",
                Examples = [JsonValue.Create("2025-02-28")],
            });
            options.SchemaFilter<VocabularySchemaFilter>();
            options.SchemaFilter<ValidationBoundsSchemaFilter>();
            options.SchemaFilter<RequiredSchemaFilter>();
            options.OperationFilter<ProblemResponsesFilter>();
            options.OperationFilter<ConditionalRequestsOperationFilter>();
            options.OperationFilter<SeedExamplesFilter>();
            options.OperationFilter<QueryParameterFilter>();
            options.DocumentFilter<HealthPathsDocumentFilter>();
            options.DocumentFilter<TagsDocumentFilter>();
            SecurityFilter.AddSchemes(options);
        });
        return builder;
    }

    public const string EnabledSetting = "Swagger:Enabled";

    public static WebApplication UseGraphSwagger(this WebApplication app)
    {
        if (!(app.Configuration.GetValue<bool?>(EnabledSetting) ?? app.Environment.IsDevelopment()))
            return app;
        app.UseSwagger();
        app.UseSwaggerUI(options => options.DocumentTitle = "GeoGraph API");
        return app;
    }
}
