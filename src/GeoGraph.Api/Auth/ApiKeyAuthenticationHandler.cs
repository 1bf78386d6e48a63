using System.Security.Claims;
using System.Text.Encodings.Web;
using GeoGraph.Core.Keys;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace GeoGraph.Api.Auth;

/// <summary>
/// Authenticates <c>Authorization: Bearer &lt;key&gt;</c> or <c>X-Api-Key: &lt;key&gt;</c>: the admin key from the
/// settings, or a stored key found by the SHA-256 of the secret (the hashes compared again in constant time). No key:
/// no identity (anonymous). An unknown key: a failure, so routes that need a scope answer 401.
/// </summary>
internal sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, IApiKeyStore keys, IOptions<AuthOptions> auth)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";

    public const string HeaderName = "X-Api-Key";

    public const string KeyIdClaim = "key_id";

    public const string ScopeClaim = "scope";

    /// <summary>The key id the admin key writes as.</summary>
    public const string AdminId = "admin";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (PresentedKey(Request) is not { Length: > 0 } presented)
            return AuthenticateResult.NoResult();
        var hash = ApiKeySecrets.Hash(presented);
        if (auth.Value.AdminKey is { Length: > 0 } admin && ApiKeySecrets.SameHash(hash, ApiKeySecrets.Hash(admin)))
            return Success(AdminId, AdminId, ApiKeyScopes.All);
        if (await keys.FindAsync(hash, Context.RequestAborted) is { } found && ApiKeySecrets.SameHash(found.SecretHash, hash))
            return Success(found.Key.Id, found.Key.Name, found.Key.Scopes);
        return AuthenticateResult.Fail("The API key is not known.");
    }

    /// <summary>Whether the request carries a key at all (known or not).</summary>
    public static bool HasKey(HttpRequest request) => PresentedKey(request) is { Length: > 0 };

    private static string? PresentedKey(HttpRequest request)
    {
        if (request.Headers[HeaderName] is [{ } header])
            return header.Trim();
        var authorization = request.Headers.Authorization.ToString();
        return authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? authorization["Bearer ".Length..].Trim() : null;
    }

    private static AuthenticateResult Success(string id, string name, IEnumerable<string> scopes)
    {
        var identity = new ClaimsIdentity(
            [new Claim(KeyIdClaim, id), new Claim(ClaimTypes.Name, name), .. scopes.Select(scope => new Claim(ScopeClaim, scope))], SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }
}

public static class ApiKeyPrincipal
{
    /// <summary>The id of the key the request came with (<c>admin</c> for the admin key), or null when anonymous.</summary>
    public static string? KeyId(this ClaimsPrincipal user) => user.FindFirst(ApiKeyAuthenticationHandler.KeyIdClaim)?.Value;
}
