using GeoGraph.Core.Exchange;
using GeoGraph.Core.Graph;
using GeoGraph.Core.Model;

namespace GeoGraph.Api.Import;

/// <summary>Where a record was read: a line of NDJSON, or a JSON pointer into a document.</summary>
public readonly record struct RecordPlace(int? Line, string? Path)
{
    public ImportRejection Reject(string? id, string reason) => new(Line, Path, id, reason);

    public override string ToString() => Line is { } line ? $"line {line}" : Path ?? "";
}

/// <summary>A record of an import with the place it was read from.</summary>
public readonly record struct Placed<T>(RecordPlace Place, T Record);

/// <summary>The records of one import body, in the order read, and the lines that could not be read at all.</summary>
public sealed class ImportRecords
{
    public List<Placed<Source>> Sources { get; } = [];

    public List<Placed<Node>> Nodes { get; } = [];

    public List<Placed<Relation>> Relations { get; } = [];

    public List<ImportRejection> Unreadable { get; } = [];

    public int Count => Sources.Count + Nodes.Count + Relations.Count + Unreadable.Count;

    /// <summary>Reads NDJSON in the exchange format.</summary>
    /// <exception cref="ImportTooLargeException">More than <paramref name="maxRecords"/> lines.</exception>
    public static async Task<ImportRecords> ReadNdjsonAsync(Stream body, int maxRecords, CancellationToken cancellationToken)
    {
        var records = new ImportRecords();
        await foreach (var line in NdjsonReader.ReadAsync(body, cancellationToken))
        {
            if (line.Number > maxRecords)
                throw new ImportTooLargeException($"An import may hold at most {maxRecords} records.");
            var place = new RecordPlace(line.Number, null);
            if (line.Source is { } source)
                records.Sources.Add(new(place, source));
            else if (line.Node is { } node)
                records.Nodes.Add(new(place, node));
            else if (line.Relation is { } relation)
                records.Relations.Add(new(place, relation));
            else
                records.Unreadable.Add(place.Reject(null, line.Problem!));
        }
        return records;
    }

    /// <summary>The records of a seed-style document, each placed by its JSON pointer.</summary>
    /// <exception cref="ImportTooLargeException">More than <paramref name="maxRecords"/> records.</exception>
    public static ImportRecords Of(GraphDocument document, int maxRecords)
    {
        if (document.Sources.Count + document.Nodes.Count + document.Relations.Count > maxRecords)
            throw new ImportTooLargeException($"An import may hold at most {maxRecords} records.");
        var records = new ImportRecords();
        Place(document.Sources, "sources", records.Sources, records.Unreadable);
        Place(document.Nodes, "nodes", records.Nodes, records.Unreadable);
        Place(document.Relations, "relations", records.Relations, records.Unreadable);
        return records;
    }

    // JSON reads [null] into a list of records without complaint: such an item is unreadable, not a record.
    private static void Place<T>(IReadOnlyList<T> items, string list, List<Placed<T>> placed, List<ImportRejection> unreadable)
    {
        for (var i = 0; i < items.Count; i++)
        {
            var place = new RecordPlace(null, $"/{list}/{i}");
            if (items[i] is null)
                unreadable.Add(place.Reject(null, "The item is null; each item must be a record object."));
            else
                placed.Add(new Placed<T>(place, items[i]));
        }
    }
}

/// <summary>An import over the record limit (HTTP 413).</summary>
public sealed class ImportTooLargeException(string message) : Exception(message);
