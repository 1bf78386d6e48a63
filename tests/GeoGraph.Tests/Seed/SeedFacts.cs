using GeoGraph.Core.Graph;
using GeoGraph.Core.Seed;
using GeoGraph.Tests.Infrastructure;

namespace GeoGraph.Tests.Seed;

/// <summary>The committed seed document and the article it was built from.</summary>
public static class SeedFacts
{
    public static GraphDocument Document { get; } = Load();

    /// <summary>The article text with its line breaks folded to spaces.</summary>
    public static string ArticleText { get; } = Fold(File.ReadAllText(RepoFiles.PathOf("graph-seed", "sources", "article-2025-04-01.txt")));

    public static bool IsInArticle(string passage) => ArticleText.Contains(Fold(passage), StringComparison.Ordinal);

    private static GraphDocument Load()
    {
        using var json = File.OpenRead(RepoFiles.PathOf("graph-seed", SeedDocument.FileName));
        return SeedDocument.Read(json);
    }

    private static string Fold(string text) => string.Join(' ', text.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));
}
