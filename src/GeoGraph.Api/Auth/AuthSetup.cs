using GeoGraph.Core.Keys;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace GeoGraph.Api.Auth;

/// <summary>
/// API keys with scopes: one authentication scheme (<see cref="ApiKeyAuthenticationHandler"/>) and one policy per
/// scope, named as the scope. Routes declare <c>.RequireAuthorization(ApiKeyScopes.Write)</c>; routes that declare
/// nothing (the reads) fall back to the <c>read</c> policy only when <c>Auth:RequireKeyForReads</c> is true.
/// </summary>
public static class AuthSetup
{
    public static IHostApplicationBuilder AddGraphAuth(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<AuthOptions>().BindConfiguration(AuthOptions.Section).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<AuthOptions>, AuthOptionsValidator>();
        builder.Services.AddAuthentication(ApiKeyAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);
        builder.Services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationMiddlewareResultHandler, ProblemAuthorizationResultHandler>();

        var requireReads = builder.Configuration.GetValue<bool>($"{AuthOptions.Section}:{nameof(AuthOptions.RequireKeyForReads)}");
        var authorization = builder.Services.AddAuthorizationBuilder();
        foreach (var scope in ApiKeyScopes.All)
        {
            var policy = new AuthorizationPolicyBuilder().AddRequirements(new ScopeRequirement(scope)).Build();
            authorization.AddPolicy(scope, policy);
            if (scope == ApiKeyScopes.Read && requireReads)
                authorization.SetFallbackPolicy(policy);
        }
        return builder;
    }

    public static WebApplication UseGraphAuthentication(this WebApplication app)
    {
        app.UseAuthentication();
        return app;
    }
}
