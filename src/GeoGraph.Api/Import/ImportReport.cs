namespace GeoGraph.Api.Import;

/// <summary>How many records of each type an import created, updated or left unchanged.</summary>
public sealed record ImportCounts(int Sources, int Nodes, int Relations)
{
    public static ImportCounts Zero { get; } = new(0, 0, 0);
}

/// <summary>A record the import refused: where it is, and why.</summary>
/// <param name="Line">Its line in an NDJSON body, from 1.</param>
/// <param name="Path">Its JSON pointer in a document body, e.g. <c>/nodes/3</c>.</param>
/// <param name="Id">The record's id, when it could be read.</param>
public sealed record ImportRejection(int? Line, string? Path, string? Id, string Reason);

/// <summary>
/// The outcome of an import. When <see cref="Rejected"/> is above zero nothing was written; the counts then say what
/// the import would have done. <see cref="Rejections"/> lists the first <see cref="MaxListed"/> rejected records.
/// </summary>
public sealed record ImportReport(
    bool DryRun, bool Written, ImportCounts Created, ImportCounts Updated, ImportCounts Unchanged, int Rejected, IReadOnlyList<ImportRejection> Rejections)
{
    public const int MaxListed = 1000;
}
