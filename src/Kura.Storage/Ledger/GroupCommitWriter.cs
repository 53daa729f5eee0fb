using System.Collections.Concurrent;
using Kura.Core;
using Kura.Ledger;

namespace Kura.Storage.Ledger;

/// <summary>
/// The single writer. Callers enqueue; one thread takes everything queued (up to a batch limit),
/// assigns sequence numbers, time and prev_hash, frames the records, adds a signed checkpoint when
/// one is due, then does one write and one fsync for the whole batch and only then completes the
/// callers' tasks. Any I/O error seals the ledger: after a failed fsync the file's state is unknown.
/// </summary>
internal sealed partial class GroupCommitWriter : IDisposable
{
    private readonly BlockingCollection<WriteRequest> _queue = new();
    private readonly Thread _thread;
    private readonly LedgerDirectory _directory;
    private readonly LedgerSigningKey _key;
    private readonly TimeProvider _time;
    private readonly LedgerStoreOptions _options;
    private readonly LedgerIndex _index;
    private readonly Func<LedgerFault?> _sealedBy;
    private readonly Action<LedgerFault> _seal;
    private readonly AnchorRecorder? _anchor;
    private readonly MerkleFrontier _frontier;
    private readonly RecordBuffer _buffer = new();
    private readonly List<(WriteRequest Request, LedgerReceipt Receipt, long Offset)> _written = [];
    private readonly Lock _endLock = new();
    private LedgerHash _lastHash;
    private DateTimeOffset _lastCheckpointAt;
    private FileStream? _stream;
    private (int Segment, long Length) _durableEnd;
    private volatile SignedTreeHead? _latestHead;

    public GroupCommitWriter(LedgerDirectory directory, LedgerSigningKey key, TimeProvider time, LedgerStoreOptions options,
        LedgerScan scan, Func<LedgerFault?> sealedBy, Action<LedgerFault> seal, AnchorRecorder? anchor = null)
    {
        (_directory, _key, _time, _options, _index, _sealedBy, _seal) = (directory, key, time, options, scan.Index, sealedBy, seal);
        _anchor = anchor;
        _frontier = scan.Verifier.CopyFrontier();
        _lastHash = scan.Verifier.LastEntryHash;
        _latestHead = Newest(scan.Verifier.LatestCheckpoint, scan.HeadFile);
        _lastCheckpointAt = time.GetUtcNow();
        _durableEnd = scan.End;
        if (scan.End.Segment >= 0) _stream = OpenForAppend(scan.End.Segment, scan.End.Length);
        _thread = new Thread(Run) { IsBackground = true, Name = "kura-ledger-writer" };
        _thread.Start();
    }

    /// <summary>Last segment and the length of it that is durable and acknowledged.</summary>
    public (int Segment, long Length) DurableEnd { get { lock (_endLock) return _durableEnd; } }

    /// <summary>Newest signed head written (in a checkpoint or found when opening).</summary>
    public SignedTreeHead? LatestHead => _latestHead;

    /// <summary>Write+fsync rounds done; with the entry count this gives the mean batch size.</summary>
    public long Batches { get; private set; }

    public Task<LedgerReceipt> Append(WriteRequest request)
    {
        Enqueue(request);
        return request.Receipt!.Task;
    }

    public Task<SignedTreeHead> Checkpoint()
    {
        var request = WriteRequest.ForHead();
        Enqueue(request);
        return request.Head!.Task;
    }

    public void Dispose()
    {
        _queue.CompleteAdding();
        _thread.Join();
        _queue.Dispose();
    }

    private void Enqueue(WriteRequest request)
    {
        try { _queue.Add(request); }
        catch (InvalidOperationException)
        {
            throw new ObjectDisposedException(nameof(FileLedgerStore), "The ledger store is closed.");
        }
    }

    /// <summary>Makes <paramref name="head"/> the ledger's latest head: head.json first, then the catalog's copy.</summary>
    private void PublishHead(SignedTreeHead head)
    {
        _latestHead = head;
        _directory.WriteHead(head);
        _anchor?.Post(head);
    }

    private static SignedTreeHead? Newest(SignedTreeHead? a, SignedTreeHead? b) =>
        a is null ? b : b is null ? a : a.TreeSize >= b.TreeSize ? a : b;

    private FileStream OpenForAppend(int segment, long length)
    {
        var stream = new FileStream(_directory.SegmentFile(segment), new FileStreamOptions
        {
            Mode = FileMode.Open, Access = FileAccess.Write, Share = FileShare.Read | FileShare.Delete, BufferSize = 0,
        });
        stream.Position = length;
        return stream;
    }

    internal static KuraException Sealed(LedgerFault fault) => new("KURA-LEDGER-SEALED", KuraErrorKind.RefusedByPrivacy,
        $"The ledger is sealed, so nothing can be released or changed: {fault}. Run `kura ledger verify` to see the fault; " +
        "if the ledger directory was damaged, restore it from a backup; then an administrator runs `kura ledger acknowledge`.");
}
