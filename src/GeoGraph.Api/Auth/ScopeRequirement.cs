using GeoGraph.Core.Keys;
using Microsoft.AspNetCore.Authorization;

namespace GeoGraph.Api.Auth;

/// <summary>Met by a key with this scope, or with <c>admin</c>.</summary>
public sealed class ScopeRequirement(string scope) : AuthorizationHandler<ScopeRequirement>, IAuthorizationRequirement
{
    public string Scope { get; } = scope;

    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, ScopeRequirement requirement)
    {
        if (context.User.Identity?.IsAuthenticated == true
            && context.User.FindAll(ApiKeyAuthenticationHandler.ScopeClaim).Any(claim => claim.Value == requirement.Scope || claim.Value == ApiKeyScopes.Admin))
        {
            context.Succeed(requirement);
        }
        return Task.CompletedTask;
    }
}
