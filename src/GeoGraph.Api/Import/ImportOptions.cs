using System.ComponentModel.DataAnnotations;

namespace GeoGraph.Api.Import;

/// <summary>Settings of section <c>Import</c>: bounds on one import, apart from the general body limit.</summary>
public sealed class ImportOptions
{
    public const string Section = "Import";

    /// <summary>Largest import body in bytes; larger ones are answered 413.</summary>
    [Range(1024, 16L * 1024 * 1024 * 1024)]
    public long MaxBytes { get; set; } = 256L * 1024 * 1024;

    /// <summary>Most records (sources, nodes and relations together) in one import; more are answered 413.</summary>
    [Range(1, 100_000_000)]
    public int MaxRecords { get; set; } = 2_000_000;
}
