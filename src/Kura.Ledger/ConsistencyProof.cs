using System.Text.Json.Serialization;

namespace Kura.Ledger;

/// <summary>
/// Proof that the tree of <see cref="FirstSize"/> entries is a prefix of the tree of
/// <see cref="SecondSize"/> entries: a later head extends an earlier one without rewriting it.
/// Serialises with System.Text.Json.
/// </summary>
public sealed record ConsistencyProof(
    [property: JsonPropertyName("first_size")] long FirstSize,
    [property: JsonPropertyName("second_size")] long SecondSize,
    [property: JsonPropertyName("path")] IReadOnlyList<LedgerHash> Path)
{
    /// <summary>True when the proof links the two roots.</summary>
    public bool Verify(LedgerHash firstRoot, LedgerHash secondRoot) =>
        ProofVerifier.VerifyConsistency(FirstSize, firstRoot, SecondSize, secondRoot, Path);

    /// <summary>True when the heads have this proof's sizes and the proof links their roots (signatures are checked separately).</summary>
    public bool Verify(SignedTreeHead first, SignedTreeHead second) =>
        first.TreeSize == FirstSize && second.TreeSize == SecondSize && Verify(first.RootHash, second.RootHash);
}
