using GeoGraph.Core.Graph;
using GeoGraph.Core.Model;
using GeoGraph.Core.Search;

namespace GeoGraph.Store.Sqlite;

public sealed partial class SqliteGraphStore
{
    public async Task<IReadOnlyList<SearchHit>> SearchAsync(string text, int limit, CancellationToken cancellationToken = default)
    {
        var folded = SearchText.Fold(text);
        if (folded.Length == 0)
            return [];
        // Every folded word must match as a prefix. Folded words hold only letters and digits,
        // so quoting them is all the escaping FTS5 needs.
        var match = string.Join(' ', folded.Split(' ').Select(word => $"\"{word}\"*"));
        await using var connection = await OpenAsync(cancellationToken);
        // Exact name matches first, then BM25 with names weighing most, then aliases, titles, text.
        return await connection.Command("""
            SELECT n.doc, bm25(node_search, 10.0, 8.0, 3.0, 1.0) AS rank
            FROM node_search JOIN nodes n ON n.rowid = node_search.rowid
            WHERE node_search MATCH @match
            ORDER BY (node_search.name = @folded) DESC, rank, n.id
            LIMIT @limit
            """, null, ("@match", match), ("@folded", folded), ("@limit", limit))
            .ReadAllAsync(reader => new SearchHit(reader.Doc<Node>(0), Math.Round(-reader.GetDouble(1), 4)), cancellationToken);
    }
}
