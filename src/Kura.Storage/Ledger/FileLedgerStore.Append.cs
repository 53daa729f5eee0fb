using System.Text.Json.Nodes;
using Kura.Core;
using Kura.Ledger;

namespace Kura.Storage.Ledger;

public sealed partial class FileLedgerStore
{
    /// <inheritdoc/>
    /// <remarks>Cancelling stops the wait only: an entry already queued may still be written, which errs on the side of recording.</remarks>
    public Task<LedgerReceipt> AppendAsync(string type, string actor, JsonObject payload, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var request = Prepare(type, actor, payload, bypassSeal: false);
        return Writer().Append(request).WaitAsync(cancellationToken);
    }

    /// <inheritdoc/>
    public LedgerReceipt Append(string type, string actor, JsonObject payload) =>
        AppendAsync(type, actor, payload).GetAwaiter().GetResult();

    private WriteRequest Prepare(string type, string actor, JsonObject payload, bool bypassSeal)
    {
        ArgumentNullException.ThrowIfNull(payload);
        if (_sealedBy is { } fault && !bypassSeal) throw GroupCommitWriter.Sealed(fault);
        var canonical = CanonicalJson.Serialize(payload);
        if (canonical.Length > _options.MaxPayloadBytes)
            throw KuraException.BadInput("KURA-LEDGER-PAYLOAD-TOO-LARGE",
                $"A ledger payload of {canonical.Length} bytes exceeds the limit of {_options.MaxPayloadBytes}; record a hash of large content instead.");
        // Fails fast on a bad type or actor, in the caller's thread rather than the writer's.
        LedgerEntryEncoder.Encode(0, default, type, actor, "{}"u8, LedgerHash.Zero);
        return WriteRequest.ForEntry(type, actor, canonical, bypassSeal);
    }

    private GroupCommitWriter Writer()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        return _writer ?? throw GroupCommitWriter.Sealed(_sealedBy ?? _scan.Verification.Fault!);
    }
}
