using Kura.Ledger;

namespace Kura.Storage.Ledger;

/// <summary>
/// Records signed heads in the catalog off the writer thread, newest first: a caller may hold the catalog's
/// write lock while it waits for a ledger receipt, so the writer must never wait for that lock itself.
/// A failed write is kept in <see cref="LastError"/> and retried with the next head. Thread-safe.
/// </summary>
internal sealed class AnchorRecorder(CatalogLedgerAnchor anchor)
{
    private readonly Lock _lock = new();
    private SignedTreeHead? _pending;
    private bool _draining;
    private Task _running = Task.CompletedTask;

    /// <summary>The last failure to record a head, or null after a success.</summary>
    public Exception? LastError { get; private set; }

    /// <summary>Queues <paramref name="head"/> to be recorded, replacing any head not yet recorded.</summary>
    public void Post(SignedTreeHead head)
    {
        lock (_lock)
        {
            _pending = head;
            if (_draining) return;
            _draining = true;
            _running = Task.Run(Drain);
        }
    }

    /// <summary>Waits until every posted head is recorded or has failed (on close).</summary>
    public void Flush()
    {
        Task running;
        lock (_lock) running = _running;
        running.Wait();
    }

    private void Drain()
    {
        while (true)
        {
            SignedTreeHead head;
            lock (_lock)
            {
                if (_pending is null) { _draining = false; return; }
                (head, _pending) = (_pending, null);
            }
            try
            {
                anchor.Record(head);
                LastError = null;
            }
            catch (Exception e)
            {
                // Runs on a pool thread that must not die: the ledger itself is durable, and the next head retries the catalog.
                LastError = e;
            }
        }
    }
}
