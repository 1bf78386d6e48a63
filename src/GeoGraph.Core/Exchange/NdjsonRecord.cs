namespace GeoGraph.Core.Exchange;

/// <summary>
/// GeoGraph's exchange format, shared by export and import: UTF-8, one JSON object a line (<c>\n</c>), each with
/// exactly one property naming the record type (<see cref="Source"/>, <see cref="Node"/>, <see cref="Relation"/>)
/// whose value is the record as <see cref="GraphJson"/> serializes it; sources, then nodes, then relations.
/// </summary>
public static class NdjsonRecord
{
    public const string ContentType = "application/x-ndjson";

    public const string Extension = ".ndjson";

    public const string Source = "source";

    public const string Node = "node";

    public const string Relation = "relation";
}
