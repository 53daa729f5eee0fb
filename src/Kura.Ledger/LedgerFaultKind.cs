namespace Kura.Ledger;

/// <summary>What verification found wrong.</summary>
public enum LedgerFaultKind
{
    /// <summary>A record's framing or CRC-32C is damaged (a flipped byte, or a cut in the middle of a file).</summary>
    DamagedRecord,
    /// <summary>A segment file is missing, has a bad header, or is out of order.</summary>
    DamagedSegment,
    /// <summary>An entry is not the ledger JSON it must be.</summary>
    MalformedEntry,
    /// <summary>An entry's sequence number is not its position: entries were removed, inserted or reordered.</summary>
    SequenceMismatch,
    /// <summary>An entry's hash differs from the prev_hash its successor recorded: an entry was modified.</summary>
    ChainBroken,
    /// <summary>A signed head's size or root disagrees with the entries: entries were modified or rewritten.</summary>
    CheckpointMismatch,
    /// <summary>A head's signature is invalid or made with another key.</summary>
    BadSignature,
    /// <summary>The ledger ends before a signed head says it should: acknowledged entries were removed.</summary>
    Truncated,
    /// <summary>The ledger is shorter than, or differs at, the size the catalog recorded: it was rolled back to an earlier state.</summary>
    RolledBack,
    /// <summary>head.json, the latest signed head, is missing while segments exist.</summary>
    HeadMissing,
}
