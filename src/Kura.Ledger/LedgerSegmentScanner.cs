namespace Kura.Ledger;

/// <summary>
/// Walks the records of one segment file's bytes and feeds them to a <see cref="LedgerVerifier"/>.
/// Stops at the first record that is not whole and valid, and says where, so the caller decides
/// whether that is a torn final write (recoverable) or damage (a fault). Pure.
/// </summary>
public static class LedgerSegmentScanner
{
    /// <summary>Called for each verified entry with its sequence, byte offset in the segment and entry hash.</summary>
    public delegate void EntryVisitor(long sequence, long offset, in LedgerHash entryHash);

    /// <summary>Result: bytes of valid prefix, and the status of the record at that offset (Complete when the segment ended cleanly or the verifier found a fault).</summary>
    public readonly record struct Result(long ValidLength, FrameStatus StopStatus, bool HeaderValid);

    /// <summary>Scans <paramref name="segment"/> (the whole file) as segment number <paramref name="index"/>.</summary>
    public static Result Scan(ReadOnlySpan<byte> segment, int index, LedgerVerifier verifier, EntryVisitor? onEntry = null)
    {
        if (!LedgerRecordFraming.HasSegmentHeader(segment, index))
            return new Result(0, FrameStatus.Incomplete, false);
        long offset = LedgerRecordFraming.SegmentHeaderSize;
        while (offset < segment.Length)
        {
            var status = LedgerRecordFraming.TryRead(segment[(int)offset..], out var body, out var size);
            if (status != FrameStatus.Complete) return new Result(offset, status, true);
            var sequence = verifier.EntryCount;
            if (!verifier.Accept(body, new RecordPosition(index, offset), out var hash))
                return new Result(offset, FrameStatus.Complete, true);
            if (body[0] == (byte)LedgerRecordKind.Entry) onEntry?.Invoke(sequence, offset, hash);
            offset += size;
        }
        return new Result(offset, FrameStatus.Complete, true);
    }

    /// <summary>
    /// Verifies whole segment files (numbered 0, 1, …) held in memory, with nothing else: any framing damage
    /// is a fault here. The file-based check of a copied directory, head.json included, is LedgerAudit in Kura.Storage.
    /// </summary>
    public static LedgerVerification VerifyAll(IReadOnlyList<ReadOnlyMemory<byte>> segments, ReadOnlySpan<byte> publicKey,
        IEnumerable<SignedTreeHead>? trustedHeads = null)
    {
        var verifier = new LedgerVerifier(publicKey, trustedHeads);
        for (var i = 0; i < segments.Count && verifier.Fault is null; i++)
        {
            var result = Scan(segments[i].Span, i, verifier);
            if (!result.HeaderValid)
                verifier.Report(new LedgerFault(LedgerFaultKind.DamagedSegment, verifier.EntryCount, new RecordPosition(i, 0),
                    $"segment {i} does not start with the header of segment {i}"));
            else if (result.ValidLength < segments[i].Length && verifier.Fault is null)
                verifier.Report(new LedgerFault(LedgerFaultKind.DamagedRecord, verifier.EntryCount, new RecordPosition(i, result.ValidLength),
                    $"the record after entry {verifier.EntryCount - 1} is damaged ({result.StopStatus})"));
        }
        return verifier.Complete();
    }
}
