using System.Text.Json.Serialization;

namespace Kura.Ledger;

/// <summary>
/// The ledger's size and root as last recorded outside the ledger directory (in the catalog), each
/// time a checkpoint is signed. A ledger that is shorter than this, or has another root at this size,
/// was rolled back. Serialises with System.Text.Json.
/// </summary>
/// <param name="TreeSize">Entries covered by the recorded checkpoint (≥ 0).</param>
/// <param name="RootHash">RFC 6962 root over those entries.</param>
public sealed record LedgerAnchor(
    [property: JsonPropertyName("tree_size")] long TreeSize,
    [property: JsonPropertyName("root_hash")] LedgerHash RootHash)
{
    public override string ToString() => $"{TreeSize} entries with root {RootHash.ToHex()}";
}
