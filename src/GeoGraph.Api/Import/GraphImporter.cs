using System.Text.Json;
using GeoGraph.Core;
using GeoGraph.Core.Graph;
using GeoGraph.Core.Model;

namespace GeoGraph.Api.Import;

/// <summary>
/// Imports records all or nothing through the store port: every record is validated, ids must be unique in the body,
/// and every reference must be in the body or the store, before anything is written; then the records that are new or
/// differ from the stored ones go to the store in one <see cref="IGraphStore.UpsertAsync"/>. One rejected record and
/// nothing is written.
/// </summary>
public static class GraphImporter
{
    private const int LookupChunk = 1000;

    public static async Task<ImportReport> ImportAsync(IGraphStore store, ImportRecords records, bool dryRun, CancellationToken cancellationToken)
    {
        var rejections = new List<ImportRejection>(records.Unreadable);
        Validate(records.Sources, RecordValidation.Problem, source => source.Id, rejections);
        Validate(records.Nodes, RecordValidation.Problem, node => node.Id, rejections);
        Validate(records.Relations, RecordValidation.Problem, relation => relation.Id, rejections);
        await ImportReferences.CheckAsync(store, records, rejections, cancellationToken);

        var empty = await store.IsEmptyAsync(cancellationToken);
        var sources = await ClassifyAsync(records.Sources, source => source.Id, ExistingSourcesAsync(store, cancellationToken), cancellationToken);
        var nodes = await ClassifyAsync(records.Nodes, node => node.Id,
            empty ? null : ids => store.GetNodesAsync(ids, cancellationToken), cancellationToken);
        var relations = await ClassifyAsync(records.Relations, relation => relation.Id,
            empty ? null : ids => store.GetRelationsAsync(ids, cancellationToken), cancellationToken);

        var write = rejections.Count == 0 && !dryRun && (sources.Changed.Count + nodes.Changed.Count + relations.Changed.Count) > 0;
        if (write)
            await store.UpsertAsync(new GraphDocument { Sources = sources.Changed, Nodes = nodes.Changed, Relations = relations.Changed }, cancellationToken);
        rejections.Sort((a, b) => (a.Line ?? 0).CompareTo(b.Line ?? 0) is var byLine and not 0 ? byLine : string.CompareOrdinal(a.Path, b.Path));
        return new ImportReport(dryRun, write,
            new ImportCounts(sources.Created, nodes.Created, relations.Created),
            new ImportCounts(sources.Updated, nodes.Updated, relations.Updated),
            new ImportCounts(sources.Unchanged, nodes.Unchanged, relations.Unchanged),
            rejections.Count, [.. rejections.Take(ImportReport.MaxListed)]);
    }

    /// <summary>Checks every record (in parallel: the validators are stateless) and refuses an id seen before in the body.</summary>
    private static void Validate<T>(List<Placed<T>> records, Func<T, string?> problem, Func<T, string> id, List<ImportRejection> rejections)
    {
        var problems = new string?[records.Count];
        Parallel.For(0, records.Count, i => problems[i] = problem(records[i].Record));
        var firstPlace = new Dictionary<string, RecordPlace>(records.Count, StringComparer.Ordinal);
        for (var i = 0; i < records.Count; i++)
        {
            var (place, record) = records[i];
            if (problems[i] is { } reason)
                rejections.Add(place.Reject(id(record), reason));
            else if (!firstPlace.TryAdd(id(record), place))
                rejections.Add(place.Reject(id(record), $"id: '{id(record)}' is given twice; it is first at {firstPlace[id(record)]}."));
        }
    }

    private sealed record Classified<T>(List<T> Changed, int Created, int Updated, int Unchanged);

    /// <summary>Sorts records into created, updated and unchanged against what the store holds (nothing, when <paramref name="existing"/> is null).</summary>
    private static async Task<Classified<T>> ClassifyAsync<T>(List<Placed<T>> records, Func<T, string> id,
        Func<IReadOnlyCollection<string>, Task<IReadOnlyList<T>>>? existing, CancellationToken cancellationToken)
    {
        var stored = new Dictionary<string, T>(StringComparer.Ordinal);
        if (existing is not null)
        {
            foreach (var chunk in records.Select(record => id(record.Record)).Chunk(LookupChunk))
            {
                cancellationToken.ThrowIfCancellationRequested();
                foreach (var record in await existing(chunk))
                    stored[id(record)] = record;
            }
        }
        var changed = new List<T>(records.Count);
        int created = 0, updated = 0;
        foreach (var (_, record) in records)
        {
            if (!stored.TryGetValue(id(record), out var before))
                created++;
            else if (SameJson(before, record))
                continue;
            else
                updated++;
            changed.Add(record);
        }
        return new Classified<T>(changed, created, updated, records.Count - created - updated);
    }

    private static Func<IReadOnlyCollection<string>, Task<IReadOnlyList<Source>>> ExistingSourcesAsync(IGraphStore store, CancellationToken cancellationToken) =>
        async ids =>
        {
            var found = new List<Source>();
            foreach (var id in ids)
            {
                if (await store.GetSourceAsync(id, cancellationToken) is { } summary)
                    found.Add(summary.Source);
            }
            return found;
        };

    private static bool SameJson<T>(T stored, T imported) =>
        JsonSerializer.SerializeToUtf8Bytes(stored, GraphJson.Options).AsSpan().SequenceEqual(JsonSerializer.SerializeToUtf8Bytes(imported, GraphJson.Options));
}
