using System.Reflection;
using System.Text.Json;
using GeoGraph.Core.Graph;

namespace GeoGraph.Core.Seed;

/// <summary>The seed graph built from the article, kept as JSON in <c>graph-seed/</c> and embedded in this assembly.</summary>
public static class SeedDocument
{
    public const string FileName = "article-2025-04-01.json";

    public const string CypherFileName = "article-2025-04-01.cypher";

    /// <summary>The seed embedded at build time.</summary>
    public static GraphDocument LoadEmbedded()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(FileName)
            ?? throw new InvalidOperationException($"The seed resource '{FileName}' is missing from the build.");
        return Read(stream);
    }

    public static GraphDocument Read(Stream json) =>
        JsonSerializer.Deserialize<GraphDocument>(json, GraphJson.Options)
        ?? throw new InvalidDataException("The seed document is empty.");
}
