using GeoGraph.Core.Graph;
using GeoGraph.Core.Search;
using GeoGraph.Core.Storage;

namespace GeoGraph.Store.Neo4j;

public sealed partial class Neo4jGraphStore
{
    /// <summary>
    /// Folds the text as the stored fields were folded, asks the <c>node_search</c> full-text index for nodes where
    /// every word starts a word (names weigh most), and ranks exact folded name matches first, then score, then id.
    /// </summary>
    public async Task<Page<SearchHit>> SearchAsync(string text, int limit, int offset = 0, CancellationToken cancellationToken = default)
    {
        var folded = SearchText.Fold(text);
        if (folded.Length == 0 || Pages.SearchTake(limit, offset) == 0)
            return new Page<SearchHit>([], null);
        var parameters = new Dictionary<string, object?>
        {
            ["query"] = Neo4jLucene.Search(folded.Split(' ')),
            ["folded"] = folded,
            ["offset"] = offset,
            ["limit"] = Pages.SearchTake(limit, offset) + 1,
        };
        var result = await ReadAsync(Neo4jStatements.Search, parameters, cancellationToken);
        return Pages.OfOffset(result.Records, limit, offset, record => new SearchHit(Neo4jRecords.ToNode(record["node"]), Math.Round(record["score"].GetDouble(), 4)));
    }
}
