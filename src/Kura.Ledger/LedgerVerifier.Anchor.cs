namespace Kura.Ledger;

public sealed partial class LedgerVerifier
{
    // Cleared once checked, so it is compared exactly once, at its own size.
    private LedgerAnchor? _anchor;

    private bool CheckAnchorAtCurrentSize()
    {
        if (_anchor is not { } anchor || anchor.TreeSize != EntryCount) return true;
        _anchor = null;
        var root = _frontier.Root();
        if (anchor.RootHash == root) return true;
        // Which entry differs is unknown; only what an external head vouched for is still trusted.
        return Report(LedgerFaultKind.RolledBack, _trustedVerifiedSize, null,
            $"the ledger was rolled back or rewritten: at {EntryCount} entries its root is {root.ToHex()}, but the catalog " +
            $"recorded {anchor.RootHash.ToHex()} at that size. Restore the ledger directory and the catalog from the same backup.");
    }

    private void ReportRollbackIfShort()
    {
        if (Fault is not null || _anchor is not { } anchor || anchor.TreeSize <= EntryCount) return;
        Report(LedgerFaultKind.RolledBack, EntryCount, null,
            $"the ledger was rolled back: the catalog recorded {anchor.TreeSize} entries (root {anchor.RootHash.ToHex()}) at a signed " +
            $"checkpoint, but the ledger ends after {EntryCount}; entries {EntryCount} to {anchor.TreeSize - 1} are gone. " +
            "Restore the ledger directory from a backup at least as new as the catalog.");
    }
}
