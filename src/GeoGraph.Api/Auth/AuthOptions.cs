using Microsoft.Extensions.Options;

namespace GeoGraph.Api.Auth;

/// <summary>Settings of section <c>Auth</c>.</summary>
public sealed class AuthOptions
{
    public const string Section = "Auth";

    /// <summary>The key for local development only (appsettings.Development.json); refused in any other environment.</summary>
    public const string DevelopmentAdminKey = "dev-admin-key";

    public const int MinAdminKeyLength = 16;

    /// <summary>The admin key: every scope, and the only way to manage keys over HTTP. None: keys come from the CLI.</summary>
    public string? AdminKey { get; set; }

    /// <summary>Reads need a key with scope <c>read</c> too (default: reads are anonymous).</summary>
    public bool RequireKeyForReads { get; set; }
}

/// <summary>Outside Development the admin key must not be the development one, and must be at least 16 characters.</summary>
internal sealed class AuthOptionsValidator(IHostEnvironment environment) : IValidateOptions<AuthOptions>
{
    public ValidateOptionsResult Validate(string? name, AuthOptions options)
    {
        if (environment.IsDevelopment() || string.IsNullOrEmpty(options.AdminKey))
            return ValidateOptionsResult.Success;
        if (options.AdminKey == AuthOptions.DevelopmentAdminKey)
            return ValidateOptionsResult.Fail($"Auth:AdminKey is the development key '{AuthOptions.DevelopmentAdminKey}', which is only accepted in Development. Set a random key of {AuthOptions.MinAdminKeyLength}+ characters (env Auth__AdminKey), or none.");
        if (options.AdminKey.Length < AuthOptions.MinAdminKeyLength)
            return ValidateOptionsResult.Fail($"Auth:AdminKey is shorter than {AuthOptions.MinAdminKeyLength} characters.");
        return ValidateOptionsResult.Success;
    }
}
