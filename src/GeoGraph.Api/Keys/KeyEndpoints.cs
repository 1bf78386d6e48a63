using FluentValidation;
using GeoGraph.Api.Problems;
using GeoGraph.Api.Validation;
using GeoGraph.Core.Keys;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GeoGraph.Api.Keys;

/// <summary><c>/api/keys</c>: create, list and revoke scoped API keys; every route needs the <c>admin</c> scope.</summary>
public static class KeyEndpoints
{
    public static IEndpointRouteBuilder MapKeys(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/keys").WithTags("Keys").WithValidation().RequireAuthorization(ApiKeyScopes.Admin);
        group.MapPost("/", CreateKey).WithName(nameof(CreateKey)).WithSummary("Creates a scoped API key")
            .WithDescription("Scopes: read, write, cypher, admin. The secret is in this answer only; the store keeps its SHA-256 hash.");
        group.MapGet("/", ListKeys).WithName(nameof(ListKeys)).WithSummary("Lists API keys (never their secrets)");
        group.MapDelete("/{id}", RevokeKey).WithName(nameof(RevokeKey)).WithSummary("Revokes an API key")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    public static async Task<Created<CreatedKey>> CreateKey(KeyInput input, IApiKeyStore keys, CancellationToken cancellationToken)
    {
        var (key, secret, hash) = ApiKeySecrets.Create(input.Name!, input.Scopes!, TimeProvider.System.GetUtcNow());
        await keys.CreateAsync(key, hash, cancellationToken);
        return TypedResults.Created($"/api/keys/{key.Id}", new CreatedKey(key.Id, key.Name, key.Scopes, key.Created, secret));
    }

    public static async Task<Ok<IReadOnlyList<ApiKey>>> ListKeys(IApiKeyStore keys, CancellationToken cancellationToken) =>
        TypedResults.Ok(await keys.ListAsync(cancellationToken));

    public static async Task<Results<NoContent, ProblemHttpResult>> RevokeKey(string id, IApiKeyStore keys, CancellationToken cancellationToken) =>
        await keys.RevokeAsync(id, cancellationToken) ? TypedResults.NoContent() : ApiProblems.NotFound("API key", id);
}

public sealed record KeyInput
{
    /// <example>analyst notebook</example>
    public string? Name { get; init; }

    /// <example>["read", "cypher"]</example>
    public IReadOnlyList<string>? Scopes { get; init; }
}

/// <summary>A new key with its secret: send <c>key</c> as <c>Authorization: Bearer …</c> or <c>X-Api-Key</c>. Shown once.</summary>
public sealed record CreatedKey(string Id, string Name, IReadOnlyList<string> Scopes, DateTimeOffset Created, string Key);

public sealed class KeyInputValidator : AbstractValidator<KeyInput>
{
    public KeyInputValidator()
    {
        RuleFor(x => x.Name).NotEmpty().ShortText();
        RuleFor(x => x.Scopes).NotEmpty().AtMost(ApiKeyScopes.All.Count);
        RuleForEach(x => x.Scopes).OneOf(ApiKeyScopes.All, "scopes");
    }
}
