using Kura.Engine.Ports;
using Kura.Ledger;

namespace Kura.Storage.Ledger;

/// <summary>
/// The ledger in files under <c>&lt;home&gt;/ledger/</c>, signed with <c>&lt;home&gt;/keys/ledger-signing.key</c>
/// (created with mode 0600 for a new ledger). Opening repairs a torn final write (see
/// <see cref="Recovery"/>) and verifies everything; a fault seals the store. Appends from any
/// thread are group-committed: one write and one fsync per batch. Thread-safe.
/// </summary>
public sealed partial class FileLedgerStore : ILedgerStore
{
    private readonly LedgerDirectory _directory;
    private readonly string _keysDirectory;
    private readonly TimeProvider _time;
    private readonly LedgerStoreOptions _options;
    private readonly CatalogLedgerAnchor? _anchor;
    private readonly AnchorRecorder? _anchorRecorder;
    private readonly Lock _gate = new();
    private LedgerSigningKey _key = null!;
    private LedgerScan _scan = null!;
    private GroupCommitWriter? _writer;
    private WriterLock? _writerLock;
    private volatile LedgerFault? _sealedBy;
    private bool _disposed;

    private FileLedgerStore(string ledgerDirectory, string keysDirectory, TimeProvider time, LedgerStoreOptions options, CatalogLedgerAnchor? anchor)
    {
        _directory = new LedgerDirectory(ledgerDirectory);
        _keysDirectory = keysDirectory;
        _time = time;
        _options = options;
        _anchor = anchor;
        _anchorRecorder = anchor is null ? null : new AnchorRecorder(anchor);
    }

    /// <summary>
    /// Opens (creating when absent) the ledger in <paramref name="ledgerDirectory"/> (normally <c>&lt;home&gt;/ledger</c>)
    /// with the signing key in <paramref name="keysDirectory"/> (normally <c>&lt;home&gt;/keys</c>). Takes about as
    /// long as <see cref="Verify"/>: the whole ledger is read once. With <paramref name="anchor"/>, every signed head is
    /// also recorded in the catalog, and a ledger shorter than (or different from) that record is sealed as rolled back.
    /// </summary>
    /// <exception cref="Kura.Core.KuraException">KURA-LEDGER-KEY-MISSING/-EXPOSED/-DAMAGED when the key cannot be used.</exception>
    public static FileLedgerStore Open(string ledgerDirectory, string keysDirectory, TimeProvider timeProvider, LedgerStoreOptions? options = null,
        CatalogLedgerAnchor? anchor = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(ledgerDirectory);
        ArgumentException.ThrowIfNullOrWhiteSpace(keysDirectory);
        ArgumentNullException.ThrowIfNull(timeProvider);
        options ??= new LedgerStoreOptions();
        options.Validate();
        var store = new FileLedgerStore(ledgerDirectory, keysDirectory, timeProvider, options, anchor);
        try
        {
            store.Load();
            return store;
        }
        catch
        {
            store.Dispose();
            throw;
        }
    }

    public LedgerState State => _sealedBy is null ? LedgerState.Open : LedgerState.Sealed;
    public LedgerFault? SealedBy => _sealedBy;
    public LedgerRecovery Recovery { get; private set; } = LedgerRecovery.None;
    public long Count => _scan.Index.Count;
    public byte[] PublicKey => _key.PublicKey.ToArray();

    /// <summary>Write+fsync rounds since opening (for measuring group commit).</summary>
    public long Batches => _writer?.Batches ?? 0;

    /// <summary>Reads and verifies everything, repairs a torn tail, and starts the writer when the ledger is sound.</summary>
    private void Load()
    {
        Directory.CreateDirectory(_directory.Path);
        _writerLock = WriterLock.Acquire(_directory.Path, _options.WriterLockTimeout);
        var hasSegments = _directory.ListSegments().Count > 0;
        _key ??= SigningKeyFile.LoadOrCreate(_keysDirectory, mayCreate: !hasSegments);
        var recorded = _anchor?.Read();
        _scan = new LedgerScan(_directory, _key.PublicKey, _options);
        _scan.Open(recorded);
        Recovery = _scan.Recovery;
        _sealedBy = _directory.ReadSeal();
        if (_scan.Verification.Fault is { } fault && _sealedBy is null) Seal(fault);
        if (!_scan.Verification.IsValid) return;
        _writer = StartWriter();
        // Catches the catalog up when it missed a head (a home made before it kept one, or a failed catalog write).
        if (_writer.LatestHead is { } head && head.TreeSize > (recorded?.TreeSize ?? -1)) _anchorRecorder?.Post(head);
    }

    private GroupCommitWriter StartWriter() =>
        new(_directory, _key, _time, _options, _scan, () => _sealedBy, Seal, _anchorRecorder);

    private void Seal(LedgerFault fault)
    {
        lock (_gate)
        {
            if (_sealedBy is not null) return;
            _sealedBy = fault;
            try { _directory.WriteSeal(fault); }
            catch (IOException) { /* the in-memory seal still stops every append */ }
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            if (_disposed) return;
            _disposed = true;
        }
        _writer?.Dispose();
        _anchorRecorder?.Flush();
        _key?.Dispose();
        _writerLock?.Dispose();
    }
}
