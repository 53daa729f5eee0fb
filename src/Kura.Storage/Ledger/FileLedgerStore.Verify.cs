using System.Text.Json.Nodes;
using Kura.Core;
using Kura.Ledger;

namespace Kura.Storage.Ledger;

public sealed partial class FileLedgerStore
{
    private readonly Lock _reload = new();

    /// <inheritdoc/>
    public LedgerVerification Verify(IEnumerable<SignedTreeHead>? trustedHeads = null)
    {
        lock (_reload)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            var heads = new List<SignedTreeHead>(trustedHeads ?? []);
            if (_writer?.LatestHead is { } known) heads.Add(known);
            var recorded = _anchor?.Read(); // read before head.json and the segments, which are never older than it
            var scan = new LedgerScan(_directory, _key.PublicKey, _options);
            scan.VerifyOnly(() => _writer?.DurableEnd ?? _scan.End, heads, recorded);
            if (scan.Verification.Fault is { } fault) Seal(fault);
            return scan.Verification;
        }
    }

    /// <inheritdoc/>
    public SignedTreeHead Head()
    {
        if (_sealedBy is { } fault)
            return _writer?.LatestHead ?? _scan.Verifier.LatestCheckpoint ?? throw GroupCommitWriter.Sealed(fault);
        return Writer().Checkpoint().GetAwaiter().GetResult();
    }

    /// <inheritdoc/>
    public LedgerReceipt AcknowledgeFault(string administrator, string reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(administrator);
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        lock (_reload)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            var fault = _sealedBy ?? throw KuraException.Conflict("KURA-LEDGER-NOT-SEALED", "The ledger is not sealed; there is nothing to acknowledge.");
            _writer?.Dispose();
            _writer = null;
            _scan = new LedgerScan(_directory, _key.PublicKey, _options);
            _scan.Open(_anchor?.Read());
            Recovery = _scan.Recovery;
            if (_scan.Verification.Fault is { } still)
                throw KuraException.Privacy("KURA-LEDGER-STILL-INVALID",
                    $"The ledger still fails verification ({still}), so the seal stays. Restore {_directory.Path} from a backup " +
                    "taken before the fault, then acknowledge again.");
            _writer = StartWriter();
            var payload = new JsonObject
            {
                ["fault_kind"] = fault.Kind.ToString(),
                ["fault_sequence"] = fault.Sequence,
                ["fault_message"] = fault.Message,
                ["reason"] = reason,
            };
            var receipt = _writer.Append(Prepare(LedgerEntryTypes.LedgerFaultAcknowledged, administrator, payload, bypassSeal: true))
                .GetAwaiter().GetResult();
            _directory.RemoveSeal();
            _sealedBy = null;
            return receipt;
        }
    }
}
