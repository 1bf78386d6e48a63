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
        var rejected = rejections.Select(rejection => (rejection.Line, rejection.Path)).ToHashSet();
        var sources = records.Sources.Select(source => source.Record.Id).ToHashSet(StringComparer.Ordinal);
        var nodes = records.Nodes.Select(node => node.Record.Id).ToHashSet(StringComparer.Ordinal);

        var citedSources = records.Nodes.Select(node => node.Record.Provenance.Source)
            .Concat(records.Relations.Select(relation => relation.Record.Provenance.Source))
            .Where(id => !sources.Contains(id)).Distinct(StringComparer.Ordinal).ToList();
        foreach (var id in citedSources)
        {
            if (await store.GetSourceAsync(id, cancellationToken) is not null)
                sources.Add(id);
        }
        var joinedNodes = records.Relations.SelectMany(relation => new[] { relation.Record.From, relation.Record.To })
            .Where(id => !nodes.Contains(id)).Distinct(StringComparer.Ordinal).ToList();
        foreach (var chunk in joinedNodes.Chunk(LookupChunk))
            nodes.UnionWith((await store.GetNodesAsync(chunk, cancellationToken)).Select(node => node.Id));

        foreach (var (place, node) in records.Nodes)
        {
            if (!sources.Contains(node.Provenance.Source) && !rejected.Contains((place.Line, place.Path)))
                rejections.Add(place.Reject(node.Id, Reason(MissingReferenceException.NoSource("provenance.source", node.Provenance.Source))));
        }
        foreach (var (place, relation) in records.Relations)
        {
            if (!rejected.Contains((place.Line, place.Path)) && MissingReferenceException.FirstOf(relation, "", nodes.Contains(relation.From), nodes.Contains(relation.To),
                    sources.Contains(relation.Provenance.Source)) is { } missing)
            {
                rejections.Add(place.Reject(relation.Id, Reason(missing)));
            }
        }
    }

    private static string Reason(MissingReferenceException missing) => $"{missing.Field}: {missing.Message}";
}
