using GeoGraph.Core.Cypher;
using GeoGraph.Core.Seed;

// GeoGraph's command line. Commands:
//   seed-cypher [graph-seed folder]   regenerate the seed's Cypher script from its JSON
return args switch
{
    ["seed-cypher", .. var rest] => WriteSeedCypher(rest.FirstOrDefault() ?? "graph-seed"),
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

static int Usage()
{
    Console.Error.WriteLine("usage: geograph seed-cypher [graph-seed folder]");
    return 2;
}
