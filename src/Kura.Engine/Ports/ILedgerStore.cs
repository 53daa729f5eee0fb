using System.Text.Json.Nodes;
using Kura.Core;
using Kura.Ledger;

namespace Kura.Engine.Ports;

/// <summary>
/// The append-only ledger every state change and release is written to. Appends are serialised
/// (safe to call from many threads) and acknowledged only once durable, so a caller releases
/// nothing until its receipt is in hand. A ledger that fails verification is
/// <see cref="LedgerState.Sealed"/>: appends throw KURA-LEDGER-SEALED until an administrator
/// calls <see cref="AcknowledgeFault"/>. Implementations verify the whole ledger when opened.
/// </summary>
public interface ILedgerStore : IDisposable
{
    /// <summary>Open, or Sealed after a failed verification or write.</summary>
    LedgerState State { get; }

    /// <summary>The fault that sealed the ledger, or null while open.</summary>
    LedgerFault? SealedBy { get; }

    /// <summary>What opening the store repaired (a torn final write), or <see cref="LedgerRecovery.None"/>.</summary>
    LedgerRecovery Recovery { get; }

    /// <summary>Acknowledged entries.</summary>
    long Count { get; }

    /// <summary>Raw 32-byte Ed25519 public key that signs tree heads; publish it with the heads.</summary>
    byte[] PublicKey { get; }

    /// <summary>
    /// Appends an entry and completes once it is durable (fsync returned). <paramref name="payload"/>
    /// is canonicalised before this returns, so later changes to it do not matter.
    /// </summary>
    /// <exception cref="KuraException">KURA-LEDGER-SEALED when sealed; KURA-LEDGER-BAD-TYPE/-ACTOR/-PAYLOAD, KURA-LEDGER-NOT-CANONICALIZABLE for bad input; KURA-LEDGER-WRITE-FAILED when the disk refused (the ledger then seals).</exception>
    Task<LedgerReceipt> AppendAsync(string type, string actor, JsonObject payload, CancellationToken cancellationToken = default);

    /// <summary>Blocking form of <see cref="AppendAsync"/>.</summary>
    LedgerReceipt Append(string type, string actor, JsonObject payload);

    /// <summary>
    /// Re-reads every segment from disk and recomputes chain, Merkle roots and signatures, also against
    /// <paramref name="trustedHeads"/> (e.g. heads published earlier). A fault seals the ledger.
    /// </summary>
    LedgerVerification Verify(IEnumerable<SignedTreeHead>? trustedHeads = null);

    /// <summary>A signed head covering every acknowledged entry (signs a new checkpoint when needed).</summary>
    SignedTreeHead Head();

    /// <summary>Proof that entry <paramref name="sequence"/> is in the tree of <paramref name="treeSize"/> entries (default: all).</summary>
    InclusionProof InclusionProof(long sequence, long? treeSize = null);

    /// <summary>Proof that the tree of <paramref name="firstSize"/> entries is a prefix of the tree of <paramref name="secondSize"/> (default: all).</summary>
    ConsistencyProof ConsistencyProof(long firstSize, long? secondSize = null);

    /// <summary>Up to <paramref name="maxCount"/> acknowledged entries starting at <paramref name="fromSequence"/>, in order.</summary>
    IReadOnlyList<LedgerEntry> Read(long fromSequence, int maxCount);

    /// <summary>Every acknowledged entry in order, read lazily in pages (for the public register).</summary>
    IEnumerable<LedgerEntry> ReadAll();

    /// <summary>
    /// Lifts the seal after an administrator has dealt with the fault (e.g. restored the ledger
    /// directory from a backup). Re-verifies first; appends a <see cref="LedgerEntryTypes.LedgerFaultAcknowledged"/>
    /// entry naming <paramref name="administrator"/>, the fault and <paramref name="reason"/>.
    /// </summary>
    /// <exception cref="KuraException">KURA-LEDGER-STILL-INVALID when the ledger still fails verification.</exception>
    LedgerReceipt AcknowledgeFault(string administrator, string reason);
}
