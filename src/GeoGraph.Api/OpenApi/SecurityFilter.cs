using GeoGraph.Api.Auth;
using GeoGraph.Core.Keys;
using Microsoft.AspNetCore.Authorization;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace GeoGraph.Api.OpenApi;

/// <summary>
/// Marks the operations that need a key: each lists the scope it needs (as its security requirement, for the
/// Authorize button) and its 401 and 403 problem responses. With <c>Auth:RequireKeyForReads</c>, the reads need
/// <c>read</c>.
/// </summary>
internal sealed class SecurityFilter(IConfiguration configuration) : IOperationFilter
{
    public const string Bearer = "Bearer";

    public const string ApiKeyHeader = "ApiKey";

    public const string ScopeExtension = "x-scope";

    public static void AddSchemes(SwaggerGenOptions options)
    {
        options.AddSecurityDefinition(Bearer, new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            Description = "An API key as 'Authorization: Bearer <key>'. In Development the admin key is dev-admin-key.",
        });
        options.AddSecurityDefinition(ApiKeyHeader, new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Header,
            Name = ApiKeyAuthenticationHandler.HeaderName,
            Description = "An API key in the X-Api-Key header.",
        });
        // Reads need no key by default: an operation that does overrides this with its own requirement.
        options.AddSecurityRequirement(document => []);
        options.OperationFilter<SecurityFilter>();
    }

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var metadata = context.ApiDescription.ActionDescriptor.EndpointMetadata;
        var scope = metadata.OfType<IAuthorizeData>().Select(data => data.Policy).LastOrDefault(policy => policy is not null);
        if (scope is null && (metadata.OfType<IAllowAnonymous>().Any()
            || !configuration.GetValue<bool>($"{AuthOptions.Section}:{nameof(AuthOptions.RequireKeyForReads)}")))
        {
            return;
        }
        scope ??= ApiKeyScopes.Read;
        // OpenAPI 3.0 lists scopes for OAuth2 only: an API key's scope goes in the description and in x-scope.
        operation.Security ??= [];
        foreach (var name in new[] { Bearer, ApiKeyHeader })
            operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(name, context.Document)] = [] });
        operation.Extensions ??= new Dictionary<string, IOpenApiExtension>();
        operation.Extensions[ScopeExtension] = new JsonNodeExtension(JsonValue.Create(scope));
        ProblemResponsesFilter.Add(operation, context, "401", "No API key, or one that is not known (WWW-Authenticate: Bearer).");
        ProblemResponsesFilter.Add(operation, context, "403", $"The key lacks the scope '{scope}'.");
        operation.Description = $"{operation.Description} Needs a key with the scope '{scope}'.".TrimStart();
    }
}
