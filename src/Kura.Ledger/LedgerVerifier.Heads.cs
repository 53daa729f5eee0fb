using System.Text.Json;

namespace Kura.Ledger;

public sealed partial class LedgerVerifier
{
    private bool AcceptCheckpoint(ReadOnlySpan<byte> json, RecordPosition position)
    {
        SignedTreeHead? head;
        try { head = JsonSerializer.Deserialize<SignedTreeHead>(json); }
        catch (JsonException) { head = null; }
        if (head is null)
            return Report(LedgerFaultKind.MalformedEntry, _verifiedSize, position, "a checkpoint record is not a signed tree head");
        if (!CheckHead(head, position, "checkpoint")) return false;
        CheckpointCount++;
        LatestCheckpoint = head;
        return true;
    }

    private bool CheckTrustedHeadsAtCurrentSize()
    {
        while (_heads.TryPeek(out var next) && next.Head.TreeSize <= EntryCount)
        {
            _heads.Dequeue();
            if (!CheckHead(next.Head, null, next.External ? "trusted head" : "head file", next.External)) return false;
        }
        return CheckAnchorAtCurrentSize();
    }

    private bool CheckHead(SignedTreeHead head, RecordPosition? position, string what, bool external = false)
    {
        // A local head vouches for entries after the last verified head; an external head only after the last
        // external one, since local heads are signed with a key on the same machine and a key holder can forge them.
        var first = external ? _trustedVerifiedSize : _verifiedSize;
        if (head.TreeSize != EntryCount)
            return Report(LedgerFaultKind.SequenceMismatch, Math.Min(head.TreeSize, EntryCount), position, head.TreeSize > EntryCount
                ? $"a {what} covers {head.TreeSize} entries but only {EntryCount} precede it: entries were removed"
                : $"a {what} covers {head.TreeSize} entries but {EntryCount} precede it: entries were inserted");
        if (!head.VerifySignature(_publicKey))
            return Report(LedgerFaultKind.BadSignature, first, position, head.KeyId == _keyId
                ? $"the {what} for {head.TreeSize} entries has an invalid signature"
                : $"the {what} for {head.TreeSize} entries is signed by key {head.KeyId}, not this ledger's key {_keyId}");
        if (head.RootHash != _frontier.Root())
            return Report(LedgerFaultKind.CheckpointMismatch, first, position,
                $"the signed {what} for {head.TreeSize} entries does not match entries {first} to {head.TreeSize - 1}: at least one was modified");
        _verifiedSize = head.TreeSize;
        if (external) _trustedVerifiedSize = head.TreeSize;
        return true;
    }
}
