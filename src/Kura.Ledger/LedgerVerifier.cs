namespace Kura.Ledger;

/// <summary>
/// Recomputes a ledger from its stored records, in order, and keeps the first fault: sequence
/// numbers, the hash chain, the Merkle root at every signed checkpoint and trusted head, and
/// every signature against one Ed25519 public key. Hashes each entry once and allocates nothing
/// per entry. Feed records with <see cref="Accept"/>, then call <see cref="Complete"/>. Not thread-safe.
/// </summary>
public sealed partial class LedgerVerifier
{
    private readonly byte[] _publicKey;
    private readonly string _keyId;
    private readonly MerkleFrontier _frontier = new();
    private readonly Queue<(SignedTreeHead Head, bool External)> _heads;
    private long _verifiedSize;
    private long _trustedVerifiedSize;

    /// <param name="publicKey">Raw 32-byte Ed25519 key that must have signed every head.</param>
    /// <param name="trustedHeads">Heads kept outside this machine (published, held by a regulator); each must match the ledger at its size.</param>
    /// <param name="localHeads">Heads kept beside the segments (the store's head file); checked the same way, but vouch no more than checkpoints do.</param>
    /// <param name="anchor">Size and root the catalog recorded; a shorter ledger, or another root at that size, is <see cref="LedgerFaultKind.RolledBack"/>.</param>
    public LedgerVerifier(ReadOnlySpan<byte> publicKey, IEnumerable<SignedTreeHead>? trustedHeads = null,
        IEnumerable<SignedTreeHead>? localHeads = null, LedgerAnchor? anchor = null)
    {
        _publicKey = publicKey.ToArray();
        _anchor = anchor;
        _keyId = LedgerSigningKey.KeyIdOf(publicKey);
        var heads = (trustedHeads ?? []).Select(h => (Head: h, External: true)).Concat((localHeads ?? []).Select(h => (Head: h, External: false)));
        _heads = new Queue<(SignedTreeHead, bool)>(heads.OrderBy(h => h.Head.TreeSize));
        CheckTrustedHeadsAtCurrentSize();
    }

    /// <summary>Entries accepted so far.</summary>
    public long EntryCount => _frontier.Size;

    /// <summary>Hash of the last accepted entry (<see cref="LedgerHash.Zero"/> before the first).</summary>
    public LedgerHash LastEntryHash { get; private set; }

    /// <summary>Signed checkpoints accepted so far.</summary>
    public long CheckpointCount { get; private set; }

    /// <summary>Last signed checkpoint accepted.</summary>
    public SignedTreeHead? LatestCheckpoint { get; private set; }

    /// <summary>The first fault found, or null.</summary>
    public LedgerFault? Fault { get; private set; }

    /// <summary>Bytes of record data accepted (headers included).</summary>
    public long Bytes { get; private set; }

    /// <summary>A copy of the Merkle frontier over the accepted entries, to continue appending from.</summary>
    public MerkleFrontier CopyFrontier() => _frontier.Clone();

    /// <summary>
    /// Checks one record body (kind byte first). Returns false once a fault is known; later
    /// records are then ignored. <paramref name="entryHash"/> is set for entries.
    /// </summary>
    public bool Accept(ReadOnlySpan<byte> body, RecordPosition position, out LedgerHash entryHash)
    {
        entryHash = default;
        if (Fault is not null) return false;
        Bytes += body.Length + LedgerRecordFraming.HeaderSize;
        return body.IsEmpty ? Report(LedgerFaultKind.MalformedEntry, EntryCount, position, "an empty record")
            : (LedgerRecordKind)body[0] switch
            {
                LedgerRecordKind.Entry => AcceptEntry(body, position, out entryHash),
                LedgerRecordKind.Checkpoint => AcceptCheckpoint(body[1..], position),
                _ => Report(LedgerFaultKind.MalformedEntry, EntryCount, position, $"a record of unknown kind {body[0]}"),
            };
    }

    /// <summary>Records a fault found outside the records (framing, files); only the first fault is kept.</summary>
    public void Report(LedgerFault fault) => Fault ??= fault;

    /// <summary>Finishes: heads beyond the last entry mean entries were removed.</summary>
    public LedgerVerification Complete()
    {
        if (Fault is null && _heads.TryPeek(out var pending) && pending.Head is var head)
            Report(LedgerFaultKind.Truncated, EntryCount, null,
                $"the ledger ends after {EntryCount} entries but a signed head covers {head.TreeSize}: " +
                $"entries {EntryCount} to {head.TreeSize - 1} were removed. Restore the ledger directory from a backup.");
        ReportRollbackIfShort();
        return new LedgerVerification(EntryCount, CheckpointCount, _frontier.Root(), LatestCheckpoint, Bytes, Fault);
    }

    private bool Report(LedgerFaultKind kind, long sequence, RecordPosition? position, string message)
    {
        Report(new LedgerFault(kind, sequence, position, message));
        return false;
    }
}
