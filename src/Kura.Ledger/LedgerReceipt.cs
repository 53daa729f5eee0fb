using System.Text.Json.Serialization;

namespace Kura.Ledger;

/// <summary>Proof of a durable append: given only after the entry is on disk (fsync returned).</summary>
/// <param name="Sequence">The entry's 0-based sequence number.</param>
/// <param name="EntryHash">SHA-256(0x00 ‖ canonical JSON): the leaf hash, and the next entry's prev_hash.</param>
/// <param name="Timestamp">UTC time written into the entry.</param>
public sealed record LedgerReceipt(
    [property: JsonPropertyName("sequence")] long Sequence,
    [property: JsonPropertyName("entry_hash")] LedgerHash EntryHash,
    [property: JsonPropertyName("timestamp")] DateTimeOffset Timestamp);
