using System.ComponentModel.DataAnnotations;

namespace GeoGraph.Api.Security;

/// <summary>Settings of section <c>RateLimiting</c>: token buckets per key id, or per client IP without a key.</summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimiting";

    public bool Enabled { get; set; } = true;

    /// <summary>Requests a client may make per minute on any route (bursts up to this many).</summary>
    [Range(1, 1_000_000)]
    public int PermitsPerMinute { get; set; } = 600;

    /// <summary>Requests per minute on the expensive routes (Cypher, centrality, k-paths, depth-3 neighbourhoods, exports), on top of the general budget.</summary>
    [Range(1, 1_000_000)]
    public int ExpensivePermitsPerMinute { get; set; } = 30;
}

/// <summary>Settings of section <c>RequestTimeouts</c>.</summary>
public sealed class RequestTimeoutSettings
{
    public const string Section = "RequestTimeouts";

    /// <summary>How long any request may run before it is cancelled and answered 504.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "01:00:00")]
    public TimeSpan Default { get; set; } = TimeSpan.FromSeconds(30);
}
