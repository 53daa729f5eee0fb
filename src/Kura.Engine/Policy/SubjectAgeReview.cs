using Kura.Policy;

namespace Kura.Engine.Policy;

/// <summary>
/// A steward's view of a dataset's subject ages (<c>kura policy ages DATASET</c>): what is declared,
/// what the policy therefore sees, and the vault's check of the declaration. Contains values read
/// from the rows; show it to stewards, never to project members.
/// </summary>
/// <param name="Dataset">The dataset.</param>
/// <param name="Declaration">The steward's declaration, or null when none was made.</param>
/// <param name="PolicyAge">The youngest age the policy's <c>subject.minAge</c> sees (0: minors possible; null: unknown).</param>
/// <param name="Basis">Why the policy sees that value, in Japanese and English.</param>
/// <param name="Checks">The vault's youngest subject per age column; empty when the dataset has none.</param>
public sealed record SubjectAgeReview(
    string Dataset,
    SubjectAgeDeclaration? Declaration,
    long? PolicyAge,
    LocalizedText Basis,
    IReadOnlyList<SubjectAgeCheck> Checks)
{
    /// <summary>True when an attested lower bound is contradicted by a younger subject in the vault.</summary>
    public bool Contradicted => Declaration?.IsContradictedBy(Checks) == true;
}
