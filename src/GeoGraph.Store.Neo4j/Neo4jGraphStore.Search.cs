using GeoGraph.Core.Graph;
using GeoGraph.Core.Search;

namespace GeoGraph.Store.Neo4j;

public sealed partial class Neo4jGraphStore
{
    /// <summary>
    /// Folds the text as the stored fields were folded, asks the <c>node_search</c> full-text index for nodes where
    /// every word starts a word (names weigh most), and ranks exact folded name matches first, then score, then id.
    /// </summary>
    public async Task<IReadOnlyList<SearchHit>> SearchAsync(string text, int limit, CancellationToken cancellationToken = default)
    {
        var folded = SearchText.Fold(text);
        if (folded.Length == 0)
            return [];
        var parameters = new Dictionary<string, object?>
        {
            ["query"] = Neo4jLucene.Search(folded.Split(' ')),
            ["folded"] = folded,
            ["limit"] = limit,
        };
        var result = await ReadAsync(Neo4jStatements.Search, parameters, cancellationToken);
        return [.. result.Records.Select(record => new SearchHit(Neo4jRecords.ToNode(record["node"]), Math.Round(record["score"].GetDouble(), 4)))];
    }
}
