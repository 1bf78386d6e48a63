namespace GeoGraph.Core.Model;

/// <summary>A document the graph was built from, such as a news article.</summary>
public sealed record Source
{
    public required string Id { get; init; }

    public required string Title { get; init; }

    public PartialDate? Published { get; init; }

    /// <summary>The outlets the source draws on or was published by.</summary>
    public IReadOnlyList<string> Outlets { get; init; } = [];

    public string? Description { get; init; }

    /// <summary>Path of the source text inside <c>graph-seed/</c>, when it is kept there.</summary>
    public string? File { get; init; }

    /// <summary>The id of the API key that last wrote the record (<c>admin</c> for the admin key); set by the service, read-only.</summary>
    public string? WrittenBy { get; init; }
}
