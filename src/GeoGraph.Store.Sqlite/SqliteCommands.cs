using System.Text.Json;
using GeoGraph.Core;
using GeoGraph.Core.Graph;
using Microsoft.Data.Sqlite;

namespace GeoGraph.Store.Sqlite;

/// <summary>Small helpers that keep every statement parameterised and every row mapping in one style.</summary>
internal static class SqliteCommands
{
    public static SqliteCommand Command(this SqliteConnection connection, string sql, SqliteTransaction? transaction, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        foreach (var (name, value) in parameters)
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        return command;
    }

    /// <summary>Runs <paramref name="sql"/> (one statement or several, no parameters) in <paramref name="transaction"/>, if any.</summary>
    public static void Execute(this SqliteConnection connection, string sql, SqliteTransaction? transaction)
    {
        using var command = connection.Command(sql, transaction);
        command.ExecuteNonQuery();
    }

    public static async Task<List<T>> ReadAllAsync<T>(this SqliteCommand command, Func<SqliteDataReader, T> map, CancellationToken cancellationToken)
    {
        var rows = new List<T>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            rows.Add(map(reader));
        return rows;
    }

    public static async Task<bool> ExistsAsync(this SqliteCommand command, CancellationToken cancellationToken) =>
        await command.ExecuteScalarAsync(cancellationToken) is not null;

    public static T Doc<T>(this SqliteDataReader reader, int ordinal) =>
        JsonSerializer.Deserialize<T>(reader.GetString(ordinal), GraphJson.Options)
        ?? throw new InvalidDataException("A stored record is empty.");

    /// <summary>
    /// Holds a write to <paramref name="ifMatch"/>: reads the stored record (<paramref name="sql"/>, first column) in the
    /// write's own transaction, under the write lock, so no other write comes between the check and the write.
    /// </summary>
    public static async Task CheckAsync<T>(this SqliteConnection connection, SqliteTransaction transaction, IfMatch? ifMatch, string sql,
        (string Name, object? Value)[] parameters, Func<Exception> failed, CancellationToken cancellationToken)
    {
        if (ifMatch is null)
            return;
        var stored = await connection.Command(sql, transaction, parameters).ReadAllAsync(reader => reader.Doc<T>(0), cancellationToken);
        if (!ifMatch.Allows(stored.SingleOrDefault()))
            throw failed();
    }

    /// <summary>The record's <c>doc</c> column: its JSON, as UTF-8, which <see cref="SqliteStatement"/> binds as text without a copy.</summary>
    public static byte[] ToDoc<T>(T record) => JsonSerializer.SerializeToUtf8Bytes(record, GraphJson.Options);

    /// <summary>Names <c>@prefix0, @prefix1, …</c> for an IN list, with their parameters.</summary>
    public static (string Sql, (string, object?)[] Parameters) InList(string prefix, IEnumerable<string> values)
    {
        var parameters = values.Select((value, i) => ($"@{prefix}{i}", (object?)value)).ToArray();
        return ($"({string.Join(", ", parameters.Select(p => p.Item1))})", parameters);
    }
}
