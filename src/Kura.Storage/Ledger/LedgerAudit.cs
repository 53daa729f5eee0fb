using Kura.Core;
using Kura.Engine;
using Kura.Ledger;

namespace Kura.Storage.Ledger;

/// <summary>
/// Read-only verification of a ledger directory (<c>kura ledger verify</c>): takes no lock, repairs nothing,
/// signs nothing and writes no file, so it can run on a copy, a read-only mount or beside a running server.
/// A torn final write that the next writable open would cut is reported in <see cref="LedgerAuditReport.PendingRecovery"/>.
/// </summary>
public static class LedgerAudit
{
    /// <summary>Verifies a ledger directory with nothing but its Ed25519 public key and, optionally, heads published earlier.</summary>
    /// <param name="ledgerDirectory">A ledger directory or a copy of one (segment files and head.json).</param>
    /// <param name="publicKey">Raw 32-byte Ed25519 public key, as printed by <c>kura ledger head</c>.</param>
    /// <param name="trustedHeads">Heads kept outside the data holder; the ledger must extend each.</param>
    /// <exception cref="KuraException">KURA-LEDGER-NOT-FOUND when the directory holds no ledger; KURA-LEDGER-BAD-KEY for a key that is not 32 bytes.</exception>
    public static LedgerAuditReport VerifyDirectory(string ledgerDirectory, byte[] publicKey, IEnumerable<SignedTreeHead>? trustedHeads = null)
    {
        var directory = RequireLedger(ledgerDirectory, requireFiles: true);
        return Run(directory, publicKey, trustedHeads, anchor: null);
    }

    /// <summary>
    /// Verifies a home's ledger, also against the size and root the catalog recorded (a rollback shows), with the public
    /// key from <c>keys/ledger-signing.key</c> unless <paramref name="publicKey"/> is given. Reads the catalog, never writes it.
    /// </summary>
    /// <exception cref="KuraException">KURA-HOME-NOT-INITIALIZED, KURA-LEDGER-KEY-MISSING (pass the key), KURA-LEDGER-ANCHOR-DAMAGED.</exception>
    public static LedgerAuditReport VerifyHome(KuraHome home, IEnumerable<SignedTreeHead>? trustedHeads = null, byte[]? publicKey = null)
    {
        ArgumentNullException.ThrowIfNull(home);
        if (!File.Exists(home.CatalogPath))
            throw KuraException.NotFound("KURA-HOME-NOT-INITIALIZED",
                $"'{home.Root}' is not a Kura home (no catalog.db). Point --home / $KURA_HOME at a home, or verify a copied ledger " +
                "with 'kura ledger verify --ledger DIR --public-key FILE_OR_HEX'.");
        var directory = RequireLedger(home.LedgerDirectory, requireFiles: false);
        var key = publicKey ?? SigningKeyFile.ReadPublicKey(home.KeysDirectory);
        // The catalog is read first: head.json and the segments are never older than what it recorded.
        var anchor = new CatalogLedgerAnchor(home.CatalogPath).Read();
        return Run(directory, key, trustedHeads, anchor);
    }

    private static LedgerAuditReport Run(LedgerDirectory directory, byte[] publicKey, IEnumerable<SignedTreeHead>? trustedHeads, LedgerAnchor? anchor)
    {
        if (publicKey is not { Length: 32 })
            throw KuraException.BadInput("KURA-LEDGER-BAD-KEY",
                $"An Ed25519 public key is 32 bytes (64 hex digits or 44 base64 characters); {publicKey?.Length ?? 0} bytes were given.");
        var scan = new LedgerScan(directory, publicKey, new LedgerStoreOptions());
        scan.Inspect(trustedHeads ?? [], anchor);
        return new LedgerAuditReport(scan.Verification, LedgerSigningKey.KeyIdOf(publicKey), scan.Recovery, directory.ReadSeal(), anchor);
    }

    private static LedgerDirectory RequireLedger(string path, bool requireFiles)
    {
        var directory = new LedgerDirectory(path);
        if (Directory.Exists(directory.Path) && (!requireFiles || directory.ListSegments().Count > 0 || File.Exists(directory.HeadFile)))
            return directory;
        throw KuraException.NotFound("KURA-LEDGER-NOT-FOUND",
            $"'{directory.Path}' holds no ledger (no segment-*.log files or head.json). Point --ledger at a copy of <home>/ledger.");
    }
}
