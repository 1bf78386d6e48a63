using System.Globalization;
using GeoGraph.Core.Keys;
using GeoGraph.Store.Sqlite;

/// <summary>
/// <c>keys create --db FILE --name N --scopes write,cypher</c>, <c>keys list --db FILE</c>, <c>keys revoke --db FILE ID</c>:
/// API keys of an embedded store. The secret is printed once, on create.
/// </summary>
internal static class KeyCommands
{
    public const string Usage = """
               geograph keys create --db FILE --name NAME --scopes read,write,cypher,admin
               geograph keys list --db FILE
               geograph keys revoke --db FILE ID
        """;

    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length == 0)
            return Fail("keys needs create, list or revoke");
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        var positional = new List<string>();
        for (var i = 1; i < args.Length; i++)
        {
            if (args[i].StartsWith("--", StringComparison.Ordinal) && i + 1 < args.Length)
                options[args[i][2..]] = args[++i];
            else if (args[i].StartsWith("--", StringComparison.Ordinal))
                return Fail($"{args[i]} needs a value");
            else
                positional.Add(args[i]);
        }
        if (!options.TryGetValue("db", out var db))
            return Fail("--db is required");
        if (!File.Exists(db))
            return Fail($"{db} does not exist");
        var store = new SqliteApiKeyStore(new SqliteStoreOptions { Path = db });
        try
        {
            await store.InitializeAsync();
            return (args[0], positional) switch
            {
                ("create", []) => await CreateAsync(store, options),
                ("list", []) => await ListAsync(store),
                ("revoke", [var id]) => await store.RevokeAsync(id) ? Done($"Revoked {id}") : Fail($"no key has the id {id}"),
                _ => Fail($"unexpected arguments to keys {args[0]}"),
            };
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        }
    }

    private static async Task<int> CreateAsync(SqliteApiKeyStore store, Dictionary<string, string> options)
    {
        if (!options.TryGetValue("name", out var name) || string.IsNullOrWhiteSpace(name))
            return Fail("--name is required");
        var scopes = (options.GetValueOrDefault("scopes") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (scopes.Length == 0 || !scopes.All(ApiKeyScopes.IsScope))
            return Fail($"--scopes must list some of {string.Join(", ", ApiKeyScopes.All)}");
        var (key, secret, hash) = ApiKeySecrets.Create(name, scopes, DateTimeOffset.UtcNow);
        await store.CreateAsync(key, hash);
        Console.WriteLine($"Created {key.Id} ({key.Name}; {string.Join(",", key.Scopes)}). The key, shown only now:");
        Console.WriteLine(secret);
        return 0;
    }

    private static async Task<int> ListAsync(SqliteApiKeyStore store)
    {
        foreach (var key in await store.ListAsync())
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{key.Id}\t{key.Name}\t{string.Join(",", key.Scopes)}\t{key.Created:O}"));
        return 0;
    }

    private static int Done(string message)
    {
        Console.WriteLine(message);
        return 0;
    }

    private static int Fail(string problem)
    {
        Console.Error.WriteLine($"geograph: {problem}");
        Console.Error.WriteLine("usage:\n" + Usage);
        return 2;
    }
}
