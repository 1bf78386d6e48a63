using GeoGraph.Core;
using GeoGraph.Core.Graph;
using GeoGraph.Core.Model;
using GeoGraph.Core.Storage;
using GeoGraph.Core.Topology;

namespace GeoGraph.Store.Neo4j;

public sealed partial class Neo4jGraphStore
{
    public async Task<Relation?> GetRelationAsync(string id, CancellationToken cancellationToken = default) =>
        (await GetRelationsAsync([id], cancellationToken)).SingleOrDefault();

    public async Task<IReadOnlyList<Relation>> GetRelationsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
    {
        if (ids.Count == 0)
            return [];
        var result = await ReadAsync(Neo4jStatements.GetRelations, new() { ["lookups"] = Lookups(ids.Distinct()) }, cancellationToken);
        return [.. result.Records.Select(record => Neo4jRecords.ToRelation(record["relation"]))];
    }

    public async Task<Page<Relation>> ListRelationsAsync(RelationQuery query, CancellationToken cancellationToken = default)
    {
        var dates = DateRange.Between(query.DateFrom, query.DateTo);
        var parameters = new Dictionary<string, object?>
        {
            ["afterId"] = query.After?.Id ?? "",
            ["dateFrom"] = dates.Start,
            ["dateTo"] = dates.End,
            ["limit"] = query.Limit + 1,
        };
        string statement;
        if (query.From is not null || query.To is not null)
        {
            statement = Neo4jStatements.ListRelationsByEnd(query.From is not null, query.To is not null);
            parameters["types"] = query.Types.ToList();
            if (query.From is not null)
                parameters["from"] = query.From;
            if (query.To is not null)
                parameters["to"] = query.To;
        }
        else
        {
            // Types go into the pattern, where only vocabulary words may: other words match nothing anyway.
            var types = query.Types.Where(Vocabulary.IsRelationType).Distinct().Order(StringComparer.Ordinal).ToList();
            if (query.Types.Count > 0 && types.Count == 0)
                return new Page<Relation>([], null);
            statement = Neo4jStatements.ListRelations(types);
        }
        var result = await ReadAsync(statement, parameters, cancellationToken);
        return Pages.Of(result.Records, query.Limit,
            record => Neo4jRecords.ToRelation(record["relation"]),
            record => new Cursor("", record["relation"].GetProperty("properties").GetProperty("id").GetString()!));
    }

    public Task CreateRelationAsync(Relation relation, CancellationToken cancellationToken = default) =>
        WriteGraphAsync(() => CreateRelationOnceAsync(relation, cancellationToken), _ => GraphChange.Upserted(relation), cancellationToken);

    private async Task<bool> CreateRelationOnceAsync(Relation relation, CancellationToken cancellationToken)
    {
        var parameters = new Dictionary<string, object?>
        {
            ["id"] = relation.Id,
            ["query"] = Neo4jLucene.Exact(relation.Id),
            ["from"] = relation.From,
            ["to"] = relation.To,
            ["sourceId"] = relation.Provenance.Source,
            ["props"] = Neo4jRecords.Properties(relation),
        };
        Http.Neo4jResult result;
        try
        {
            result = await WriteAsync(Neo4jStatements.CreateRelation(relation.Type), parameters, cancellationToken);
        }
        catch (DuplicateIdException)
        {
            throw new DuplicateIdException("relation", relation.Id);
        }
        var record = result.Records[0];
        if (Flag(record, "duplicate"))
            throw new DuplicateIdException("relation", relation.Id);
        if (MissingReferenceException.FirstOf(relation, "",
            !Flag(record, "missingFrom"), !Flag(record, "missingTo"), !Flag(record, "missingSource")) is { } missing)
        {
            throw missing;
        }
        return true;
    }

    public Task<bool> DeleteRelationAsync(string id, IfMatch? ifMatch = null, CancellationToken cancellationToken = default) =>
        WriteGraphAsync(async () =>
        {
            var result = await WriteAsync(Neo4jStatements.DeleteRelation,
                new() { ["id"] = id, ["query"] = Neo4jLucene.Exact(id), ["versions"] = ifMatch?.Required }, cancellationToken);
            var deleted = result.Records[0].GetInt64("deleted") > 0;
            return ifMatch is null || deleted ? deleted : throw new PreconditionFailedException("relation", id);
        }, deleted => deleted ? GraphChange.EdgeRemoved(id) : null, cancellationToken);

    public async Task<Page<NodeRelation>?> GetNodeRelationsAsync(NodeRelationQuery query, CancellationToken cancellationToken = default)
    {
        var parameters = new Dictionary<string, object?>
        {
            ["id"] = query.Id,
            ["types"] = query.Types.ToList(),
            ["afterKey"] = query.After?.SortKey ?? "",
            ["afterDirection"] = query.After?.Id ?? "",
            ["limit"] = query.Limit + 1,
        };
        var result = await ReadAsync(Neo4jStatements.NodeRelations(query.Direction), parameters, cancellationToken);
        if (result.Records.Count == 0)
            return null;
        var rows = result.Records
            .Where(record => !record.IsNull("direction"))
            .Select(record => new NodeRelation(
                Enum.Parse<Direction>(record.GetString("direction")),
                Neo4jRecords.ToRelation(record["relation"]),
                Neo4jRecords.ToNode(record["other"])))
            .ToList();
        return Pages.Of(rows, query.Limit, item => item, item => new Cursor(item.Relation.Id, item.Direction.ToString()));
    }
}
