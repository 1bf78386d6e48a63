namespace GeoGraph.Api.Telemetry;

/// <summary>Settings of section <c>Metrics</c>.</summary>
public sealed class MetricsOptions
{
    public const string Section = "Metrics";

    /// <summary>
    /// Whether <c>/metrics</c> answers without a key. Off by default: then it needs the <c>admin</c> scope. Turn it on
    /// only where the port is reachable by the scraper alone.
    /// </summary>
    public bool Public { get; set; }
}
