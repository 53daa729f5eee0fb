namespace Kura.Engine.Extracts;

/// <summary>Which l-diversity an anonymised extract enforces on its special-care columns.</summary>
public enum DiversityKind
{
    /// <summary>At least l distinct values per equivalence class.</summary>
    Distinct,

    /// <summary>Entropy of the values in every class at least ln l.</summary>
    Entropy,
}
