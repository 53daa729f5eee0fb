namespace Kura.Core;

/// <summary>What may leave the vault for a project.</summary>
public enum ReleaseKind
{
    DpQuery,
    Synthetic,
    PseudonymizedExtract,
    AnonymizedExtract,
}
