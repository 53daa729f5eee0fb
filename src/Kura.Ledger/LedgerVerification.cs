using System.Text.Json.Serialization;

namespace Kura.Ledger;

/// <summary>Result of verifying a whole ledger. Serialises with System.Text.Json (<c>verification</c> in <c>kura ledger verify --json</c>).</summary>
/// <param name="EntryCount">Entries read (up to the fault, when there is one).</param>
/// <param name="CheckpointCount">Signed checkpoints read and checked.</param>
/// <param name="RootHash">Merkle root over <paramref name="EntryCount"/> entries.</param>
/// <param name="LatestCheckpoint">Last signed checkpoint found in the segments, if any.</param>
/// <param name="Bytes">Bytes of segment data read.</param>
/// <param name="Fault">The first fault, or null when everything verified.</param>
public sealed record LedgerVerification(
    [property: JsonPropertyName("entry_count")] long EntryCount,
    [property: JsonPropertyName("checkpoint_count")] long CheckpointCount,
    [property: JsonPropertyName("root_hash")] LedgerHash RootHash,
    [property: JsonPropertyName("latest_checkpoint")] SignedTreeHead? LatestCheckpoint,
    [property: JsonPropertyName("bytes")] long Bytes,
    [property: JsonPropertyName("fault")] LedgerFault? Fault)
{
    /// <summary>True when no fault was found.</summary>
    [JsonPropertyName("valid")]
    public bool IsValid => Fault is null;
}
