using System.Globalization;
using GeoGraph.Core.Graph;
using GeoGraph.Core.Model;
using GeoGraph.Core.Search;
using GeoGraph.Core.Storage;

namespace GeoGraph.Store.Sqlite;

public sealed partial class SqliteGraphStore
{
    // Exact name matches first, then BM25 with the shared field weights (names weigh most, then aliases, titles, text).
    private static readonly string SearchSql = string.Create(CultureInfo.InvariantCulture, $"""
        SELECT n.doc, bm25(node_search, {SearchFields.NameWeight}, {SearchFields.AliasesWeight}, {SearchFields.TitleWeight}, {SearchFields.BodyWeight}) AS rank
        FROM node_search JOIN nodes n ON n.rowid = node_search.rowid
        WHERE node_search MATCH @match
        ORDER BY (node_search.name = @folded) DESC, rank, n.id
        LIMIT @limit OFFSET @offset
        """);

    public async Task<Page<SearchHit>> SearchAsync(string text, int limit, int offset = 0, CancellationToken cancellationToken = default)
    {
        var folded = SearchText.Fold(text);
        if (folded.Length == 0 || Pages.SearchTake(limit, offset) == 0)
            return new Page<SearchHit>([], null);
        // Every folded word must match as a prefix. Folded words hold only letters and digits,
        // so quoting them is all the escaping FTS5 needs.
        var match = string.Join(' ', folded.Split(' ').Select(word => $"\"{word}\"*"));
        await using var connection = await OpenAsync(cancellationToken);
        var rows = await connection.Command(SearchSql, null, ("@match", match), ("@folded", folded), ("@limit", Pages.SearchTake(limit, offset) + 1), ("@offset", offset))
            .ReadAllAsync(reader => new SearchHit(reader.Doc<Node>(0), Math.Round(-reader.GetDouble(1), 4)), cancellationToken);
        return Pages.OfOffset(rows, limit, offset, hit => hit);
    }
}
