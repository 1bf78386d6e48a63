using System.Diagnostics;
using System.Globalization;
using GeoGraph.Api.Import;
using GeoGraph.Core.Seed;
using GeoGraph.Store.Neo4j.Layout;
using GeoGraph.Store.Sqlite;
using GeoGraph.Synthetic;

// GeoGraph's command line. Commands:
//   seed-cypher [graph-seed folder]   regenerate the seed's Cypher script from its JSON
//   generate --relations N --actors N [--seed 42] [--batch 50000] [--hub-leaves 64] --db FILE [--force] [--verbose]
//                                     write a synthetic graph into a fresh embedded store, timing the load
//   import FILE --db FILE [--dry-run]  import an NDJSON exchange file or a seed-style JSON document (see ImportCommand.cs)
//   keys create|list|revoke --db FILE …  manage the API keys of an embedded store (see KeyCommands.cs)
//   export --db FILE --format F --out PATH [filters]  export an embedded store's graph (see ExportCommand.cs)
return args switch
{
    ["seed-cypher", .. var rest] => WriteSeedCypher(rest.FirstOrDefault() ?? "graph-seed"),
    ["generate", .. var rest] => await GenerateAsync(rest),
    ["import", .. var rest] => await ImportCommand.RunAsync(rest),
    ["keys", .. var rest] => await KeyCommands.RunAsync(rest),
    ["export", .. var rest] => await ExportCommand.RunAsync(rest),
    _ => Usage(),
};

static int WriteSeedCypher(string seedFolder)
{
    using var json = File.OpenRead(Path.Combine(seedFolder, SeedDocument.FileName));
    var cypherPath = Path.Combine(seedFolder, SeedDocument.CypherFileName);
    File.WriteAllText(cypherPath, SeedCypherWriter.Write(SeedDocument.Read(json)));
    Console.WriteLine($"Wrote {cypherPath}");
    return 0;
}

static async Task<int> GenerateAsync(string[] args)
{
    var options = new Dictionary<string, string>(StringComparer.Ordinal);
    var force = false;
    var verbose = false;
    for (var i = 0; i < args.Length; i++)
    {
        if (args[i] == "--force")
            force = true;
        else if (args[i] == "--verbose")
            verbose = true;
        else if (args[i].StartsWith("--", StringComparison.Ordinal) && i + 1 < args.Length)
            options[args[i][2..]] = args[++i];
        else
            return Usage($"unexpected argument '{args[i]}'");
    }
    if (!options.TryGetValue("db", out var db))
        return Usage("--db is required");
    var unknown = options.Keys.Except(["db", "relations", "actors", "seed", "batch", "hub-leaves"]).FirstOrDefault();
    if (unknown is not null)
        return Usage($"unknown option --{unknown}");
    int Number(string name, int fallback) =>
        options.TryGetValue(name, out var text) ? int.Parse(text.Replace("_", "", StringComparison.Ordinal), NumberStyles.None, CultureInfo.InvariantCulture) : fallback;
    SyntheticGraphOptions graph;
    try
    {
        var relations = Number("relations", 100_000);
        graph = new SyntheticGraphOptions
        {
            Relations = relations,
            Actors = Number("actors", Math.Max(1_000, relations / 10)),
            Seed = Number("seed", 42),
            BatchSize = Number("batch", 50_000),
            HubLeaves = Number("hub-leaves", 64),
        };
        graph.Validate();
    }
    catch (Exception error) when (error is FormatException or OverflowException or ArgumentException)
    {
        return Usage(error.Message);
    }

    var files = new[] { db, db + "-wal", db + "-shm" };
    if (files.Any(File.Exists))
    {
        if (!force)
            return Usage($"{db} exists; pass --force to replace it");
        foreach (var file in files)
            File.Delete(file);
    }

    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"Generating {graph.Relations:N0} relations over {graph.NodeCount:N0} nodes ({graph.Actors:N0} actors), seed {graph.Seed}, into {db}"));
    using var offline = await OfflineStore.OpenAsync(db);
    var store = offline.Store;
    // The same path as `import`: the bulk load, and should it refuse anything, the importer's report of why.
    var total = Stopwatch.StartNew();
    var document = SyntheticGraph.GenerateDocument(graph);
    var generated = total.Elapsed;
    var report = await BulkImporter.TryLoadAsync(store, BulkImporter.LinesOf(document), CancellationToken.None)
        ?? await GraphImporter.ImportAsync(store, ImportRecords.Of(document, int.MaxValue), dryRun: false, CancellationToken.None);
    total.Stop();
    var writing = total.Elapsed - generated;
    if (verbose || report.Rejected > 0)
        Console.WriteLine(System.Text.Json.JsonSerializer.Serialize(report, GeoGraph.Core.GraphJson.Options));

    var topology = Stopwatch.StartNew();
    var built = await store.GetSnapshotAsync();
    topology.Stop();
    var summary = await store.GetSourceAsync(SyntheticGraph.SourceId)
        ?? throw new InvalidOperationException($"The store lost the source {SyntheticGraph.SourceId}.");
    var databaseBytes = files.Where(File.Exists).Sum(file => new FileInfo(file).Length);
    using var process = Process.GetCurrentProcess();
    var seconds = total.Elapsed.TotalSeconds;

    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
        Loaded in {seconds:F1} s (import {writing.TotalSeconds:F1} s, generation {generated.TotalSeconds:F1} s): {graph.Relations / seconds:N0} relations/s
        Store holds {summary.NodeCount:N0} nodes and {summary.RelationCount:N0} relations (topology: {built.NodeCount:N0} nodes, {built.EdgeCount:N0} edges)
        Topology built in {topology.Elapsed.TotalSeconds:F1} s (the cost of the first graph query after start)
        Database {databaseBytes / 1048576.0:F0} MiB; peak working set of this process {process.PeakWorkingSet64 / 1048576.0:F0} MiB
        RESULT relations={summary.RelationCount} nodes={summary.NodeCount} load_s={seconds:F2} upsert_s={writing.TotalSeconds:F2} topology_s={topology.Elapsed.TotalSeconds:F2} db_mib={databaseBytes / 1048576.0:F0} peak_ws_mib={process.PeakWorkingSet64 / 1048576.0:F0}
        """));
    return summary.NodeCount == graph.NodeCount && summary.RelationCount == graph.Relations ? 0 : 1;
}

static int Usage(string? problem = null)
{
    if (problem is not null)
        Console.Error.WriteLine($"geograph: {problem}");
    Console.Error.WriteLine("""
        usage: geograph seed-cypher [graph-seed folder]
               geograph generate --relations N --actors N [--seed 42] [--batch 50000] [--hub-leaves 64] --db FILE [--force] [--verbose]
        """ + "\n" + ExportCommand.Usage + "\n" + ImportCommand.Usage + "\n" + KeyCommands.Usage);
    return 2;
}
