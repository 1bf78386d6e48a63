using System.ComponentModel.DataAnnotations;

namespace GeoGraph.Api.Store;

/// <summary>Settings of section <c>Store</c>.</summary>
public sealed class StoreOptions
{
    public const string Section = "Store";

    public const string Sqlite = "Sqlite";

    public const string Neo4j = "Neo4j";

    /// <summary>Which store serves the graph: <c>Sqlite</c> (embedded, the default) or <c>Neo4j</c> (settings under Store:Neo4j).</summary>
    [Required, RegularExpression("^(?i:sqlite|neo4j)$", ErrorMessage = "Store:Provider must be 'Sqlite' or 'Neo4j'.")]
    public string Provider { get; set; } = Sqlite;

    /// <summary>Load the seed graph into a store that holds no node yet.</summary>
    public bool Seed { get; set; } = true;
}
