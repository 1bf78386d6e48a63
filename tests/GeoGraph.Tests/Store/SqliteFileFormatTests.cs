using GeoGraph.Store.Sqlite;
using Microsoft.Data.Sqlite;

namespace GeoGraph.Tests.Store;

/// <summary>A new embedded-store file gets the same layout whichever store makes it first; an older file keeps its own.</summary>
public sealed class SqliteFileFormatTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("geograph-format-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task ANewFileHasSixteenKibPagesAndWalWhicheverStoreMakesIt()
    {
        var options = new SqliteStoreOptions { Path = Path.Combine(_folder, "keys-first.db") };
        await new SqliteApiKeyStore(options).InitializeAsync();
        using (var store = new SqliteGraphStore(options))
            await store.InitializeAsync();

        Assert.Equal((16384L, "wal"), Format(options.Path));
    }

    [Fact]
    public async Task AFileMadeWithAnotherPageSizeKeepsIt()
    {
        var path = Path.Combine(_folder, "older.db");
        using (var older = new SqliteConnection($"Data Source={path}"))
        {
            older.Open();
            using var command = older.CreateCommand();
            command.CommandText = "PRAGMA page_size = 4096; CREATE TABLE made_before (x); PRAGMA journal_mode = WAL;";
            command.ExecuteNonQuery();
        }

        using (var store = new SqliteGraphStore(new SqliteStoreOptions { Path = path }))
        {
            await store.InitializeAsync();
            Assert.True(await store.IsEmptyAsync());
        }

        Assert.Equal((4096L, "wal"), Format(path));
    }

    private static (long PageSize, string JournalMode) Format(string path)
    {
        using var connection = new SqliteConnection($"Data Source={path}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA page_size";
        var pageSize = (long)command.ExecuteScalar()!;
        command.CommandText = "PRAGMA journal_mode";
        return (pageSize, (string)command.ExecuteScalar()!);
    }
}
