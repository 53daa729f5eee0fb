using System.Text.Json;
using Kura.Ledger;

namespace Kura.Storage.Ledger;

internal sealed partial class LedgerScan
{
    private void HandleTail(string path, int segment, LedgerSegmentScanner.Result result, int length, bool last)
    {
        var tail = _buffer.AsSpan((int)result.ValidLength, length - (int)result.ValidLength);
        var position = new RecordPosition(segment, result.ValidLength);
        var notTorn = _mode == TailMode.Fault ? "it lies before the acknowledged end of the ledger"
            : !last ? "it is not in the last segment" : WhyNotTorn(tail);
        if (notTorn is not null)
            Verifier.Report(new LedgerFault(LedgerFaultKind.DamagedRecord, Verifier.EntryCount, position,
                $"the record after entry {Verifier.EntryCount - 1} is damaged ({result.StopStatus}) and cannot be a torn final write: " +
                $"{notTorn}. Restore the ledger directory from a backup."));
        else if (_mode == TailMode.Report)
            _recovery = new LedgerRecovery(tail.Length, position, result.StopStatus.ToString(), null, [], Pending: true);
        else
            CutTornTail(path, segment, result, length);
    }

    /// <summary>
    /// Why the damaged tail cannot be the one write in flight when a process died, or null when it can. That write is
    /// at most one batch, follows every entry head.json, the catalog or a trusted head vouches for (each was recorded
    /// only after its batch was durable), and holds no valid signed checkpoint that survived the damage before it.
    /// </summary>
    private string? WhyNotTorn(ReadOnlySpan<byte> tail)
    {
        if (HeadFile is null)
            return $"{directory.HeadFile} is missing, so nothing shows which entries were acknowledged";
        if (tail.Length > options.MaxTornBytes)
            return $"the {tail.Length} damaged bytes exceed one write batch ({options.MaxTornBytes} bytes)";
        if (Verifier.EntryCount < _vouchedSize)
            return $"head.json, the catalog or a trusted head vouches for {_vouchedSize} entries, but only {Verifier.EntryCount} precede the damage";
        if (HoldsSignedCheckpoint(tail))
            return "a valid signed checkpoint follows the damage, so the damage is not in the last write";
        return null;
    }

    /// <summary>Looks for a whole checkpoint record signed with this ledger's key anywhere in <paramref name="tail"/>.</summary>
    private bool HoldsSignedCheckpoint(ReadOnlySpan<byte> tail)
    {
        ReadOnlySpan<byte> start = [(byte)LedgerRecordKind.Checkpoint, (byte)'{'];
        for (var at = tail.IndexOf(start); at >= 0; at = Next(tail, at, start))
        {
            if (at < LedgerRecordFraming.HeaderSize) continue;
            if (LedgerRecordFraming.TryRead(tail[(at - LedgerRecordFraming.HeaderSize)..], out var body, out _) != FrameStatus.Complete) continue;
            try
            {
                if (JsonSerializer.Deserialize<SignedTreeHead>(body[1..]) is { } head && head.VerifySignature(publicKey)) return true;
            }
            catch (JsonException) { } // not a head after all
        }
        return false;
    }

    private static int Next(ReadOnlySpan<byte> tail, int at, ReadOnlySpan<byte> pattern)
    {
        var found = tail[(at + 1)..].IndexOf(pattern);
        return found < 0 ? -1 : at + 1 + found;
    }

    private void CutTornTail(string path, int segment, LedgerSegmentScanner.Result result, int length)
    {
        Directory.CreateDirectory(directory.DiscardedDirectory);
        var quarantine = Path.Combine(directory.DiscardedDirectory, $"segment-{segment:D6}-at-{result.ValidLength}.bin");
        for (var n = 1; File.Exists(quarantine); n++) // a later crash at the same offset keeps the earlier bytes too
            quarantine = Path.Combine(directory.DiscardedDirectory, $"segment-{segment:D6}-at-{result.ValidLength}-{n}.bin");
        DurableFile.Replace(quarantine, _buffer.AsSpan((int)result.ValidLength, length - (int)result.ValidLength));
        using (var stream = new FileStream(path, FileMode.Open, FileAccess.Write, FileShare.Read))
        {
            stream.SetLength(result.ValidLength);
            stream.Flush(flushToDisk: true);
        }
        _recovery = new LedgerRecovery(length - result.ValidLength, new RecordPosition(segment, result.ValidLength),
            result.StopStatus.ToString(), quarantine, []);
        End = (segment, result.ValidLength);
    }

    /// <summary>A segment switch interrupted before its header was durable leaves a file of at most a header; it holds nothing.</summary>
    private void RemoveEmptyLastSegment(List<int> segments)
    {
        if (segments.Count == 0) return;
        var path = directory.SegmentFile(segments[^1]);
        var info = new FileInfo(path);
        if (info.Length > LedgerRecordFraming.SegmentHeaderSize) return;
        var header = File.ReadAllBytes(path);
        if (header.Length == LedgerRecordFraming.SegmentHeaderSize && LedgerRecordFraming.HasSegmentHeader(header, segments[^1])) return;
        if (_mode == TailMode.Repair)
        {
            File.Delete(path);
            DirectorySync.Flush(directory.Path);
        }
        _removed.Add(Path.GetFileName(path));
        segments.RemoveAt(segments.Count - 1);
    }
}
