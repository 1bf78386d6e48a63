using System.ComponentModel.DataAnnotations;

namespace GeoGraph.Api.Store;

/// <summary>Settings of section <c>Store</c>.</summary>
public sealed class StoreOptions
{
    public const string Section = "Store";

    /// <summary>Which store serves the graph. Only <c>Sqlite</c>, the embedded store, exists today.</summary>
    [Required, RegularExpression("^Sqlite$", ErrorMessage = "Store:Provider must be 'Sqlite'.")]
    public string Provider { get; set; } = "Sqlite";

    /// <summary>Load the seed graph into a store that holds no node yet.</summary>
    public bool Seed { get; set; } = true;
}
