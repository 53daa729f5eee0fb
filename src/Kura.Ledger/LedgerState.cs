namespace Kura.Ledger;

/// <summary>Whether a ledger store accepts appends.</summary>
public enum LedgerState
{
    /// <summary>Verified; appends are accepted.</summary>
    Open,
    /// <summary>Verification or a write failed; every append (so every release) is refused until an administrator acknowledges.</summary>
    Sealed,
}
