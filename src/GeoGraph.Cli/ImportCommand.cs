using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using GeoGraph.Api.Import;
using GeoGraph.Core;
using GeoGraph.Core.Exchange;
using GeoGraph.Core.Graph;
using GeoGraph.Store.Sqlite;

/// <summary>
/// <c>import FILE --db FILE [--dry-run]</c>: loads an NDJSON exchange file (or, for <c>.json</c>, a document like the
/// seed's) into an embedded store, all or nothing, and prints the report and the timings. NDJSON into an empty store is
/// streamed (<see cref="BulkImporter"/>); anything else, and a streamed load that refused a record, goes through the
/// API's importer, whose report names every refused record.
/// </summary>
internal static class ImportCommand
{
    public const string Usage = "       geograph import FILE.ndjson|FILE.json --db FILE [--dry-run]";

    public static async Task<int> RunAsync(string[] args)
    {
        if (args is not [var file, "--db", var db, .. var rest] || rest is not ([] or ["--dry-run"]))
            return Fail("import needs FILE --db FILE [--dry-run]");
        if (!File.Exists(file))
            return Fail($"{file} does not exist");
        var clock = LoadClock.Start();
        var dryRun = rest is ["--dry-run"];
        var ndjson = !file.EndsWith(".json", StringComparison.OrdinalIgnoreCase);
        using var offline = await OfflineStore.OpenAsync(db);
        var store = offline.Store;
        if (ndjson && !dryRun)
        {
            await using var input = File.OpenRead(file);
            if (await BulkImporter.TryLoadAsync(store, NdjsonReader.ReadAsync(input), CancellationToken.None) is { } loaded)
            {
                clock.Mark("bulk load");
                return Print(loaded, clock);
            }
        }
        ImportRecords records;
        await using (var input = File.OpenRead(file))
        {
            try
            {
                records = ndjson
                    ? await ImportRecords.ReadNdjsonAsync(input, int.MaxValue, CancellationToken.None)
                    : ImportRecords.Of(JsonSerializer.Deserialize<GraphDocument>(input, GraphJson.Incoming)
                        ?? throw new JsonException("The document is null."), int.MaxValue);
            }
            catch (JsonException error)
            {
                // NDJSON reports bad lines one by one; a .json document is read whole, so one error stops it.
                Console.Error.WriteLine($"geograph: {file} is not a graph document {{sources, nodes, relations}}: {error.Message}");
                return 1;
            }
        }
        clock.Mark("read");
        var report = await GraphImporter.ImportAsync(store, records, dryRun, CancellationToken.None);
        clock.Mark("import");
        return Print(report, clock);
    }

    /// <summary>Prints the report and the timings; 0 when nothing was rejected.</summary>
    private static int Print(ImportReport report, LoadClock clock)
    {
        Console.WriteLine(JsonSerializer.Serialize(report, GraphJson.Options));
        Console.WriteLine(clock.Summary());
        return report.Rejected == 0 ? 0 : 1;
    }

    private static int Fail(string problem)
    {
        Console.Error.WriteLine($"geograph: {problem}\nusage: {Usage.Trim()}");
        return 2;
    }
}

/// <summary>Wall and CPU (user + system) time of the steps of a load, for the benchmark figures.</summary>
internal sealed class LoadClock
{
    private readonly Stopwatch _wall = Stopwatch.StartNew();
    private readonly List<string> _steps = [];
    private TimeSpan _lastWall;
    private TimeSpan _lastCpu;

    public static LoadClock Start() => new();

    public void Mark(string step)
    {
        using var process = Process.GetCurrentProcess();
        var (wall, cpu) = (_wall.Elapsed, process.TotalProcessorTime);
        _steps.Add(string.Create(CultureInfo.InvariantCulture, $"{step} {(wall - _lastWall).TotalSeconds:F2} s (cpu {(cpu - _lastCpu).TotalSeconds:F2} s)"));
        (_lastWall, _lastCpu) = (wall, cpu);
    }

    public string Summary()
    {
        using var process = Process.GetCurrentProcess();
        return string.Create(CultureInfo.InvariantCulture,
            $"{string.Join(", ", _steps)}; total {_wall.Elapsed.TotalSeconds:F2} s wall, {process.UserProcessorTime.TotalSeconds:F2} s user + {process.PrivilegedProcessorTime.TotalSeconds:F2} s sys; peak working set {process.PeakWorkingSet64 / 1048576.0:F0} MiB");
    }
}
