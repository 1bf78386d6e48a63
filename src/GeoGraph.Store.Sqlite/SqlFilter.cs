using GeoGraph.Core.Graph;

namespace GeoGraph.Store.Sqlite;

/// <summary>Builds a WHERE clause from optional conditions, keeping values in parameters.</summary>
internal sealed class SqlFilter
{
    private readonly List<string> _clauses = [];
    private readonly List<(string, object?)> _parameters = [];

    public IReadOnlyList<(string Name, object? Value)> Parameters => _parameters;

    public string Where => _clauses.Count == 0 ? "" : "WHERE " + string.Join(" AND ", _clauses);

    public SqlFilter Add(string clause, params (string, object?)[] parameters)
    {
        _clauses.Add(clause);
        _parameters.AddRange(parameters);
        return this;
    }

    public SqlFilter AddIf(bool condition, string clause, params (string, object?)[] parameters) =>
        condition ? Add(clause, parameters) : this;

    public SqlFilter AddIn(string column, string prefix, IReadOnlyCollection<string> values)
    {
        if (values.Count == 0)
            return this;
        var (list, parameters) = SqliteCommands.InList(prefix, values);
        return Add($"{column} IN {list}", parameters);
    }

    /// <summary>Keyset pagination: rows after the cursor in (sort key, id) order.</summary>
    public SqlFilter After(string sortColumn, string idColumn, Cursor? cursor) =>
        AddIf(cursor is not null, $"({sortColumn}, {idColumn}) > (@afterKey, @afterId)", ("@afterKey", cursor?.SortKey), ("@afterId", cursor?.Id));
}
