using System.Text.Json.Serialization;

namespace Kura.Ledger;

/// <summary>
/// Proof that entry <see cref="Sequence"/> (with hash <see cref="EntryHash"/>) is leaf
/// <see cref="Sequence"/> of the tree of <see cref="TreeSize"/> entries. Check it against the
/// root of a signed head of that size with <see cref="Verify(SignedTreeHead)"/>. Serialises with System.Text.Json.
/// </summary>
public sealed record InclusionProof(
    [property: JsonPropertyName("sequence")] long Sequence,
    [property: JsonPropertyName("tree_size")] long TreeSize,
    [property: JsonPropertyName("entry_hash")] LedgerHash EntryHash,
    [property: JsonPropertyName("audit_path")] IReadOnlyList<LedgerHash> AuditPath)
{
    /// <summary>True when the proof leads from <see cref="EntryHash"/> to <paramref name="root"/>.</summary>
    public bool Verify(LedgerHash root) => ProofVerifier.VerifyInclusion(EntryHash, Sequence, TreeSize, AuditPath, root);

    /// <summary>True when <paramref name="head"/> has this proof's size and the proof leads to its root (the head's signature is checked separately).</summary>
    public bool Verify(SignedTreeHead head) => head.TreeSize == TreeSize && Verify(head.RootHash);
}
