using GeoGraph.Core.Graph;

namespace GeoGraph.Store.Sqlite;

public sealed partial class SqliteGraphStore : IBulkLoadingStore
{
    /// <summary>
    /// Starts a load into the empty store: one bulk write session (foreign keys off, big cache, a rollback journal when
    /// offline) whose secondary indexes are dropped now and built once at commit.
    /// </summary>
    public async Task<IBulkLoad?> BeginBulkLoadAsync(CancellationToken cancellationToken = default)
    {
        var session = await BeginWriteAsync(bulk: true, cancellationToken);
        try
        {
            using var probe = session.Connection.Command("SELECT EXISTS (SELECT 1 FROM sources) OR EXISTS (SELECT 1 FROM nodes)", session.Transaction);
            if (Convert.ToInt64(probe.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) != 0)
            {
                await session.DisposeAsync();
                return null;
            }
            session.Connection.Execute(SqliteSchema.DropSecondaryIndexes, session.Transaction);
            return new SqliteBulkLoad(session, _snapshots.Invalidate);
        }
        catch
        {
            await session.DisposeAsync();
            throw;
        }
    }
}
