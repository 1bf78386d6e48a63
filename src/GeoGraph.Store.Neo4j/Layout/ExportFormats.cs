using GeoGraph.Core.Exchange;

namespace GeoGraph.Store.Neo4j.Layout;

/// <summary>Every export format the API and the CLI offer: Core's and the Cypher script in this store's layout.</summary>
public static class ExportFormats
{
    public static IReadOnlyList<ExportFormat> All { get; } = [.. ExportFormat.Core, SeedCypherWriter.Format];

    public static ExportFormat? Find(string? name) => All.FirstOrDefault(format => format.Name == name);
}
