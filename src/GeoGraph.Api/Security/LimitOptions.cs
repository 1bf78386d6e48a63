using System.ComponentModel.DataAnnotations;

namespace GeoGraph.Api.Security;

/// <summary>Settings of section <c>Limits</c>.</summary>
public sealed class LimitOptions
{
    public const string Section = "Limits";

    /// <summary>Largest request body in bytes; larger ones are answered 413 before they are read.</summary>
    [Range(1024, 100 * 1024 * 1024)]
    public long MaxBodyBytes { get; set; } = 1024 * 1024;
}
