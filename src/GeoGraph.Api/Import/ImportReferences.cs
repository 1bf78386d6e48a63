using GeoGraph.Core.Graph;

namespace GeoGraph.Api.Import;

/// <summary>
/// Every source a node or relation cites, and every node a relation joins, must be in the import or already in the
/// store. Records rejected for another reason still count as present, so one bad node does not reject its relations too,
/// and are not checked again, so each rejected record is reported once.
/// </summary>
internal static class ImportReferences
{
    private const int LookupChunk = 1000;

    public static async Task CheckAsync(IGraphStore store, ImportRecords records, List<ImportRejection> rejections, CancellationToken cancellationToken)
    {
        var references = new DocumentReferences(new GraphDocument
        {
            Sources = [.. records.Sources.Select(source => source.Record)],
            Nodes = [.. records.Nodes.Select(node => node.Record)],
            Relations = [.. records.Relations.Select(relation => relation.Record)],
        });
        var storedSources = new List<string>();
        foreach (var id in references.SourcesOutside)
        {
            if (await store.GetSourceAsync(id, cancellationToken) is not null)
                storedSources.Add(id);
        }
        var storedNodes = new List<string>();
        foreach (var chunk in references.NodesOutside.Chunk(LookupChunk))
            storedNodes.AddRange((await store.GetNodesAsync(chunk, cancellationToken)).Select(node => node.Id));
        var (nodes, sources) = references.Unresolved(storedNodes, storedSources);
        if (nodes.Count == 0 && sources.Count == 0)
            return;

        var rejected = rejections.Select(rejection => (rejection.Line, rejection.Path)).ToHashSet();
        foreach (var (place, node) in records.Nodes)
        {
            if (sources.Contains(node.Provenance.Source) && !rejected.Contains((place.Line, place.Path)))
                rejections.Add(place.Reject(node.Id, Reason(MissingReferenceException.NoSource("provenance.source", node.Provenance.Source))));
        }
        foreach (var (place, relation) in records.Relations)
        {
            if (DocumentReferences.MissingReference(relation, "", nodes, sources) is { } missing && !rejected.Contains((place.Line, place.Path)))
                rejections.Add(place.Reject(relation.Id, Reason(missing)));
        }
    }

    private static string Reason(MissingReferenceException missing) => $"{missing.Field}: {missing.Message}";
}
