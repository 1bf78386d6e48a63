using System.Globalization;
using GeoGraph.Core.Keys;
using Microsoft.Data.Sqlite;

namespace GeoGraph.Store.Sqlite;

/// <summary>API keys in the embedded store's file: table <c>api_keys</c>, one row a key, the secret only as its SHA-256 hash.</summary>
public sealed class SqliteApiKeyStore(SqliteStoreOptions options) : IApiKeyStore
{
    private const string Schema = SqliteSchema.FileFormat + """
        CREATE TABLE IF NOT EXISTS api_keys (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            scopes TEXT NOT NULL,
            created TEXT NOT NULL,
            secret_hash BLOB NOT NULL UNIQUE);
        """;

    private const string Columns = "id, name, scopes, created, secret_hash";

    private readonly string _connectionString = new SqliteConnectionStringBuilder
    {
        DataSource = options.Path,
        ForeignKeys = true,
        Pooling = true,
        DefaultTimeout = 30,
    }.ToString();

    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(options.Path));
        if (!string.IsNullOrEmpty(folder))
            Directory.CreateDirectory(folder);
        await using var connection = await OpenAsync(cancellationToken);
        await connection.Command(Schema, null).ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task CreateAsync(ApiKey key, byte[] secretHash, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await connection.Command($"INSERT INTO api_keys ({Columns}) VALUES (@id, @name, @scopes, @created, @hash)", null,
            ("@id", key.Id), ("@name", key.Name), ("@scopes", string.Join(' ', key.Scopes)),
            ("@created", key.Created.ToString("O", CultureInfo.InvariantCulture)), ("@hash", secretHash)).ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<ApiKey>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await connection.Command($"SELECT {Columns} FROM api_keys ORDER BY created, id", null)
            .ReadAllAsync(reader => Read(reader).Key, cancellationToken);
    }

    public async Task<(ApiKey Key, byte[] SecretHash)?> FindAsync(byte[] secretHash, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var rows = await connection.Command($"SELECT {Columns} FROM api_keys WHERE secret_hash = @hash", null, ("@hash", secretHash))
            .ReadAllAsync(Read, cancellationToken);
        return rows.Count == 1 ? rows[0] : null;
    }

    public async Task<bool> RevokeAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await connection.Command("DELETE FROM api_keys WHERE id = @id", null, ("@id", id)).ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    private static (ApiKey Key, byte[] SecretHash) Read(SqliteDataReader reader) => (new ApiKey
    {
        Id = reader.GetString(0),
        Name = reader.GetString(1),
        Scopes = reader.GetString(2).Split(' ', StringSplitOptions.RemoveEmptyEntries),
        Created = DateTimeOffset.Parse(reader.GetString(3), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
    }, (byte[])reader[4]);

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }
}
