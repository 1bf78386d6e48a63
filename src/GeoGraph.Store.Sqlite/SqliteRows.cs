using GeoGraph.Core.Model;
using GeoGraph.Core.Storage;

namespace GeoGraph.Store.Sqlite;

/// <summary>
/// A record with the columns of its row, worked out apart from the write (the JSON of <c>doc</c> above all), so that a
/// bulk load prepares its next batches on other cores while one connection inserts (<see cref="SqliteBulkLoad"/>).
/// </summary>
internal sealed record SourceRow(Source Source, object?[] Columns)
{
    public static SourceRow Of(Source source) => new(source, [source.Id, SqliteCommands.ToDoc(source)]);
}

/// <inheritdoc cref="SourceRow"/>
internal sealed record NodeRow(Node Node, IndexedNode Indexed, object?[] Columns)
{
    /// <param name="json">The node's JSON as <see cref="SqliteCommands.ToDoc"/> writes it, when the caller has it.</param>
    public static NodeRow Of(Node node, byte[]? json = null)
    {
        var indexed = IndexedNode.Of(node);
        return new NodeRow(node, indexed, [node.Id, node.Category.ToString(), node.Kind, indexed.SortKey, indexed.Dates.Start, indexed.Dates.End,
            indexed.Names, node.Provenance.Source, json ?? SqliteCommands.ToDoc(node)]);
    }
}

/// <inheritdoc cref="SourceRow"/>
internal sealed record RelationRow(Relation Relation, object?[] Columns)
{
    /// <param name="json">The relation's JSON as <see cref="SqliteCommands.ToDoc"/> writes it, when the caller has it.</param>
    public static RelationRow Of(Relation relation, byte[]? json = null)
    {
        var dates = DateRange.Of(relation);
        return new RelationRow(relation, [relation.Id, relation.Type, relation.From, relation.To, dates.Start, dates.End,
            relation.Provenance.Source, json ?? SqliteCommands.ToDoc(relation)]);
    }
}
