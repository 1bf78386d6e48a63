namespace GeoGraph.Core.Topology;

/// <summary>
/// One run of a computation that several callers wait for. Each caller waits with its own cancellation; when
/// the last waiter gives up before the run ends, the run is cancelled and a later caller starts a new one.
/// </summary>
internal sealed class SharedComputation<T> : IDisposable
{
    private readonly Lock _gate = new();
    private readonly CancellationTokenSource _cancel = new();
    private readonly Lazy<Task<T>> _run;
    private int _waiters;
    private bool _abandoned;
    private bool _disposed;

    public SharedComputation(Func<CancellationToken, T> compute) =>
        _run = new Lazy<Task<T>>(() => Task.Run(() =>
        {
            try
            {
                return compute(_cancel.Token);
            }
            finally
            {
                Dispose();
            }
        }));

    /// <summary>False when the run was abandoned: the caller must start another.</summary>
    public bool TryJoin(out Task<T> result, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_abandoned)
            {
                result = Task.FromCanceled<T>(new CancellationToken(canceled: true));
                return false;
            }
            _waiters++;
        }
        result = WaitAsync(cancellationToken);
        return true;
    }

    /// <summary>Releases the cancellation source once the run has ended.</summary>
    public void Dispose()
    {
        lock (_gate)
        {
            if (_disposed)
                return;
            _disposed = true;
            _cancel.Dispose();
        }
    }

    private async Task<T> WaitAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await _run.Value.WaitAsync(cancellationToken);
        }
        finally
        {
            lock (_gate)
            {
                if (--_waiters == 0 && !_run.Value.IsCompletedSuccessfully)
                {
                    _abandoned = true;
                    if (!_disposed)
                        _cancel.Cancel();
                }
            }
        }
    }
}
