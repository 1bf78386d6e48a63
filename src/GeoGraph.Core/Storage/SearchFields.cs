using GeoGraph.Core.Model;
using GeoGraph.Core.Search;

namespace GeoGraph.Core.Storage;

/// <summary>
/// The folded text (<see cref="SearchText.Fold"/>) a node is searched by, one value per field, and each field's
/// weight in ranking: names weigh most, then aliases, titles, other text. The embedded store gives the weights to
/// BM25, Neo4j to Lucene as boosts.
/// </summary>
public sealed record SearchFields(string Name, string Aliases, string Title, string Body)
{
    public const int NameWeight = 10;

    public const int AliasesWeight = 8;

    public const int TitleWeight = 3;

    public const int BodyWeight = 1;

    public static SearchFields Of(Node node) => new(
        SearchText.Fold(node.Name),
        SearchText.Fold(string.Join(' ', node.Aliases)),
        SearchText.Fold($"{node.Title} {node.Country}"),
        SearchText.Fold($"{node.Description} {node.Quote}"));
}
