using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Mvc;

namespace GeoGraph.Api.Auth;

/// <summary>
/// Answers refused requests with problem details: 401 with <c>WWW-Authenticate: Bearer</c> when no known key came,
/// 403 naming the scope when the key lacks it.
/// </summary>
internal sealed class ProblemAuthorizationResultHandler(IProblemDetailsService problems) : IAuthorizationMiddlewareResultHandler
{
    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Challenged)
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            context.Response.Headers.WWWAuthenticate = "Bearer";
            await WriteAsync(context, "An API key is needed", ApiKeyAuthenticationHandler.HasKey(context.Request)
                ? "The API key is not known (it may have been revoked)."
                : $"Send a key as 'Authorization: Bearer <key>' or '{ApiKeyAuthenticationHandler.HeaderName}: <key>'.", scope: ScopeOf(policy));
            return;
        }
        if (authorizeResult.Forbidden)
        {
            var scope = authorizeResult.AuthorizationFailure?.FailedRequirements.OfType<ScopeRequirement>().FirstOrDefault()?.Scope ?? ScopeOf(policy);
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            await WriteAsync(context, $"The key lacks the scope '{scope}'", $"This route needs a key with the scope '{scope}' (or 'admin').", scope);
            return;
        }
        await next(context);
    }

    private static string? ScopeOf(AuthorizationPolicy policy) => policy.Requirements.OfType<ScopeRequirement>().FirstOrDefault()?.Scope;

    private async Task WriteAsync(HttpContext context, string title, string detail, string? scope)
    {
        var problem = new ProblemDetails { Status = context.Response.StatusCode, Title = title, Detail = detail };
        if (scope is not null)
            problem.Extensions["scope"] = scope;
        await problems.WriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem });
    }
}
