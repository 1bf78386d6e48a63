using System.ComponentModel.DataAnnotations;

namespace GeoGraph.Store.Neo4j;

/// <summary>Settings of the Neo4j store (section <c>Store:Neo4j</c>), reached through Neo4j's HTTP Query API.</summary>
public sealed class Neo4jStoreOptions : IValidatableObject
{
    public const string Section = "Store:Neo4j";

    /// <summary>The server's HTTP address, e.g. <c>http://localhost:7474</c> (not the Bolt port 7687).</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "Store:Neo4j:Uri is required: the server's HTTP address, e.g. http://localhost:7474.")]
    public string Uri { get; set; } = "http://localhost:7474";

    /// <summary>User for Basic authentication; leave out (with <see cref="Password"/>) when the server has auth disabled.</summary>
    public string? User { get; set; }

    public string? Password { get; set; }

    /// <summary>The database to query.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "Store:Neo4j:Database is required, e.g. neo4j.")]
    [RegularExpression("^[A-Za-z][A-Za-z0-9.-]{0,62}$", ErrorMessage = "Store:Neo4j:Database must be a Neo4j database name: a letter, then letters, digits, dots or dashes, at most 63 characters.")]
    public string Database { get; set; } = "neo4j";

    /// <summary>How long one HTTP attempt may take; retries and the total budget are derived from it.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00", ErrorMessage = "Store:Neo4j:RequestTimeout must lie between 1 second and 10 minutes.")]
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How long the cached topology (traversals, analytics) is trusted. Writes through this process invalidate it at
    /// once; writes by other processes are seen after at most this long. <see cref="TimeSpan.Zero"/> keeps it until
    /// this process writes or restarts.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00", ErrorMessage = "Store:Neo4j:TopologyMaxAge must lie between 0 and 1 day.")]
    public TimeSpan TopologyMaxAge { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// Most records one transaction of a bulk write (<see cref="Neo4jGraphStore.UpsertAsync"/>) commits, so that each
    /// commits well inside the server's <c>db.transaction.timeout</c>. A larger write commits part by part and undoes
    /// the parts it committed when a later one fails.
    /// </summary>
    [Range(100, 1_000_000, ErrorMessage = "Store:Neo4j:BulkCommitRecords must lie between 100 and 1,000,000.")]
    public int BulkCommitRecords { get; set; } = 20_000;

    /// <summary>How long the start waits for the indexes to come online (each check is its own short read).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00", ErrorMessage = "Store:Neo4j:IndexWait must lie between 0 and 1 hour.")]
    public TimeSpan IndexWait { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The base address as a URI; valid once the options validated (a method, so validation does not evaluate it).</summary>
    public Uri BaseUri() => new(Uri.TrimEnd('/') + "/", UriKind.Absolute);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!System.Uri.TryCreate(Uri, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")
            || !string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.Fragment) || !string.IsNullOrEmpty(uri.UserInfo))
        {
            yield return new ValidationResult(
                "Store:Neo4j:Uri must be an absolute http or https address of Neo4j's HTTP port, e.g. http://localhost:7474 (no query, fragment or credentials).",
                [nameof(Uri)]);
        }
        if (string.IsNullOrEmpty(User) != (Password is null))
        {
            yield return new ValidationResult(
                "Store:Neo4j:User and Store:Neo4j:Password go together: give both, or neither when the server has authentication disabled.",
                [nameof(User), nameof(Password)]);
        }
    }
}
