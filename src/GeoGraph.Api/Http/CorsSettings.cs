using System.ComponentModel.DataAnnotations;

namespace GeoGraph.Api.Http;

/// <summary>Settings of section <c>Cors</c>: the browser origins allowed to call the API. None (the default): no CORS at all.</summary>
public sealed class CorsSettings : IValidatableObject
{
    public const string Section = "Cors";

    /// <summary>Origins such as <c>http://localhost:5173</c>: scheme, host and port only. No wildcard.</summary>
    public string[] Origins { get; set; } = [];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        Origins.Where(origin => !IsOrigin(origin)).Select(origin => new ValidationResult(
            $"Cors:Origins holds '{origin}', which is not an origin: give scheme, host and optional port, like http://localhost:5173 (no path, no wildcard).",
            [nameof(Origins)]));

    private static bool IsOrigin(string origin) =>
        Uri.TryCreate(origin, UriKind.Absolute, out var uri)
        && uri.Scheme is "http" or "https"
        && !origin.Contains('*', StringComparison.Ordinal)
        && uri.GetLeftPart(UriPartial.Authority) == origin.TrimEnd('/');
}
