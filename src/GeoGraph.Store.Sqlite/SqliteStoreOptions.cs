using System.ComponentModel.DataAnnotations;

namespace GeoGraph.Store.Sqlite;

/// <summary>Settings of the embedded store (section <c>Store:Sqlite</c>).</summary>
public sealed class SqliteStoreOptions
{
    /// <summary>Path of the database file; its folder is created when missing.</summary>
    [Required(AllowEmptyStrings = false)]
    public string Path { get; set; } = "App_Data/geograph.db";
}
