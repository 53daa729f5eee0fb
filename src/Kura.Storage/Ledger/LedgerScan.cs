using System.Text.Json;
using Kura.Ledger;

namespace Kura.Storage.Ledger;

/// <summary>
/// Reads every segment from disk into a <see cref="LedgerVerifier"/>. When opening (repair on), an
/// incomplete record at the end of the last segment — no larger than one batch — is a torn write
/// that was never acknowledged: its bytes move to <c>discarded/</c> and the segment is cut there.
/// Damage anywhere else is a fault and nothing is cut.
/// </summary>
internal sealed class LedgerScan(LedgerDirectory directory, byte[] publicKey, LedgerStoreOptions options)
{
    private readonly List<string> _removed = [];
    private LedgerRecovery _recovery = LedgerRecovery.None;
    private byte[] _buffer = [];

    public LedgerIndex Index { get; } = new();
    public LedgerVerifier Verifier { get; private set; } = null!;
    public LedgerVerification Verification { get; private set; } = null!;
    public LedgerRecovery Recovery => _removed.Count == 0 ? _recovery : _recovery with { RemovedFiles = _removed };
    public SignedTreeHead? HeadFile { get; private set; }
    /// <summary>Last segment number (−1 when none) and its length after repair.</summary>
    public (int Segment, long Length) End { get; private set; } = (-1, 0);

    /// <summary>Opening scan: repairs a torn tail and builds the index.</summary>
    public void Open()
    {
        var headFault = ReadHeadFile();
        var segments = directory.ListSegments();
        RemoveEmptyLastSegment(segments);
        Run(segments, (segments.Count > 0 ? segments[^1] : -1, long.MaxValue), repair: true, index: true, [], headFault);
    }

    /// <summary>
    /// Verification scan up to what has been acknowledged; repairs nothing. <paramref name="durableEnd"/> is asked
    /// only after the head file is read, so no head can cover bytes beyond the end scanned (no false truncation).
    /// </summary>
    public void VerifyOnly(Func<(int Segment, long Length)> durableEnd, IEnumerable<SignedTreeHead> extraHeads)
    {
        var headFault = ReadHeadFile();
        var end = durableEnd();
        var segments = directory.ListSegments().Where(s => s <= end.Segment).ToList();
        Run(segments, end, repair: false, index: false, extraHeads, headFault);
    }

    private LedgerFault? ReadHeadFile()
    {
        try { HeadFile = directory.ReadHead(); }
        catch (JsonException) { return new LedgerFault(LedgerFaultKind.DamagedSegment, 0, null, $"{directory.HeadFile} is not a signed tree head"); }
        return null;
    }

    private void Run(List<int> segments, (int Segment, long Length) end, bool repair, bool index,
        IEnumerable<SignedTreeHead> extraHeads, LedgerFault? headFault)
    {
        Verifier = new LedgerVerifier(publicKey, extraHeads, HeadFile is null ? [] : [HeadFile]);
        if (headFault is not null) Verifier.Report(headFault);
        for (var i = 0; i < segments.Count && Verifier.Fault is null; i++)
        {
            if (segments[i] != i)
            {
                Verifier.Report(new LedgerFault(LedgerFaultKind.DamagedSegment, Verifier.EntryCount, new RecordPosition(i, 0),
                    $"segment {i} is missing (found segment {segments[i]} instead)"));
                break;
            }
            var limit = i == end.Segment ? end.Length : long.MaxValue;
            ScanSegment(i, limit, repair && i == segments.Count - 1, index);
        }
        Verification = Verifier.Complete();
    }

    private void ScanSegment(int segment, long limit, bool mayRepair, bool index)
    {
        var path = directory.SegmentFile(segment);
        var length = ReadSegment(path, limit);
        LedgerSegmentScanner.EntryVisitor? visitor = index ? (long _, long offset, in LedgerHash hash) => Index.Add(hash, segment, offset) : null;
        var result = LedgerSegmentScanner.Scan(_buffer.AsSpan(0, length), segment, Verifier, visitor);
        End = (segment, length);
        if (Verifier.Fault is not null) return;
        if (!result.HeaderValid)
            Verifier.Report(new LedgerFault(LedgerFaultKind.DamagedSegment, Verifier.EntryCount, new RecordPosition(segment, 0),
                $"{Path.GetFileName(path)} does not start with the header of segment {segment}"));
        else if (result.ValidLength < length && mayRepair && IsTornWrite(length - result.ValidLength))
            CutTornTail(path, segment, result, length);
        else if (result.ValidLength < length)
            Verifier.Report(new LedgerFault(LedgerFaultKind.DamagedRecord, Verifier.EntryCount, new RecordPosition(segment, result.ValidLength),
                $"the record after entry {Verifier.EntryCount - 1} is damaged ({result.StopStatus}) and is not a torn final write; " +
                "restore the ledger directory from a backup"));
    }

    /// <summary>
    /// Only the batch in flight when a process died can be torn: at most one batch of bytes, and never an entry
    /// that a signed head in head.json already covers (that head was written after its batch was durable).
    /// </summary>
    private bool IsTornWrite(long tailBytes) =>
        tailBytes <= options.MaxTornBytes && Verifier.EntryCount >= (HeadFile?.TreeSize ?? 0);

    private int ReadSegment(string path, long limit)
    {
        using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        var length = (int)Math.Min(RandomAccess.GetLength(handle), limit);
        if (_buffer.Length < length) _buffer = new byte[length];
        var read = 0;
        while (read < length)
        {
            var n = RandomAccess.Read(handle, _buffer.AsSpan(read, length - read), read);
            if (n == 0) break;
            read += n;
        }
        return read;
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
        File.Delete(path);
        DirectorySync.Flush(directory.Path);
        _removed.Add(Path.GetFileName(path));
        segments.RemoveAt(segments.Count - 1);
    }
}
