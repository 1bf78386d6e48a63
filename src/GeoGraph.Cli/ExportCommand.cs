using GeoGraph.Core.Exchange;
using GeoGraph.Core.Model;
using GeoGraph.Store.Neo4j.Layout;
using GeoGraph.Store.Sqlite;

/// <summary>
/// <c>export --db FILE --format F --out PATH [--source ID] [--kind K,…] [--type T,…] [--from DATE] [--to DATE]</c>:
/// the API's export (same formats, filters and writers) from an embedded store's file.
/// </summary>
internal static class ExportCommand
{
    public const string Usage = "       geograph export --db FILE --format ndjson|graphml|csv|csv-neo4j|cypher --out PATH [--source ID] [--kind K,…] [--type T,…] [--from DATE] [--to DATE]";

    private static readonly string[] Options = ["db", "format", "out", "source", "kind", "type", "from", "to"];

    public static async Task<int> RunAsync(string[] args)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            var name = args[i].StartsWith("--", StringComparison.Ordinal) ? args[i][2..] : null;
            if (name is null || !Options.Contains(name))
                return Fail($"unexpected argument '{args[i]}'");
            options[name] = args[i + 1];
        }
        if (args.Length % 2 != 0)
            return Fail($"'{args[^1]}' needs a value");
        if (!options.TryGetValue("db", out var db) || !File.Exists(db))
            return Fail("--db must name an existing embedded store file");
        if (ExportFormats.Find(options.GetValueOrDefault("format")) is not { } format)
            return Fail($"--format must be one of {string.Join(", ", ExportFormats.All.Select(f => f.Name))}");
        if (!options.TryGetValue("out", out var outPath))
            return Fail("--out is required");
        ExportFilter filter;
        try
        {
            filter = new ExportFilter
            {
                Source = options.GetValueOrDefault("source"),
                Kinds = List(options.GetValueOrDefault("kind")),
                Types = List(options.GetValueOrDefault("type")),
                From = options.TryGetValue("from", out var from) ? PartialDate.Parse(from) : null,
                To = options.TryGetValue("to", out var to) ? PartialDate.Parse(to) : null,
            };
        }
        catch (FormatException error)
        {
            return Fail(error.Message);
        }

        using var store = new SqliteGraphStore(new SqliteStoreOptions { Path = db });
        await using (var output = File.Create(outPath))
            await format.WriteAsync(new ExportGraph(store, filter), output, CancellationToken.None);
        Console.WriteLine($"Wrote {outPath} ({format.Name}, {new FileInfo(outPath).Length:N0} bytes)");
        return 0;
    }

    private static string[] List(string? text) => text is null ? [] : text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static int Fail(string problem)
    {
        Console.Error.WriteLine($"geograph: {problem}\n{Usage}");
        return 2;
    }
}
