using System.Text.Json;
using Kura.Ledger;

namespace Kura.Storage.Ledger;

/// <summary>
/// Reads every segment from disk into a <see cref="LedgerVerifier"/>, with head.json, any trusted heads and
/// the catalog's <see cref="LedgerAnchor"/>. A torn final write (see <see cref="LedgerRecovery"/>) is cut when
/// opening, reported as pending by a read-only inspection, and is a fault anywhere else.
/// </summary>
internal sealed partial class LedgerScan(LedgerDirectory directory, byte[] publicKey, LedgerStoreOptions options)
{
    private enum TailMode { Repair, Report, Fault }

    private readonly List<string> _removed = [];
    private LedgerRecovery _recovery = LedgerRecovery.None;
    private byte[] _buffer = [];
    private TailMode _mode;
    private long _vouchedSize;

    public LedgerIndex Index { get; } = new();
    public LedgerVerifier Verifier { get; private set; } = null!;
    public LedgerVerification Verification { get; private set; } = null!;
    public LedgerRecovery Recovery =>
        _removed.Count == 0 ? _recovery : _recovery with { RemovedFiles = _removed, Pending = _mode == TailMode.Report };
    public SignedTreeHead? HeadFile { get; private set; }
    /// <summary>Last segment number (−1 when none) and its length after repair.</summary>
    public (int Segment, long Length) End { get; private set; } = (-1, 0);

    /// <summary>Opening scan: repairs a torn tail and builds the index.</summary>
    public void Open(LedgerAnchor? anchor)
    {
        _mode = TailMode.Repair;
        var headFault = ReadHeadFile();
        var segments = directory.ListSegments();
        RemoveEmptyLastSegment(segments);
        Run(segments, (segments.Count > 0 ? segments[^1] : -1, long.MaxValue), index: true, [], anchor, headFault);
    }

    /// <summary>Read-only scan of the whole directory: changes nothing, reports a repair the next open would make as pending.</summary>
    public void Inspect(IEnumerable<SignedTreeHead> trustedHeads, LedgerAnchor? anchor)
    {
        _mode = TailMode.Report;
        var headFault = ReadHeadFile();
        var segments = directory.ListSegments();
        RemoveEmptyLastSegment(segments);
        Run(segments, (segments.Count > 0 ? segments[^1] : -1, long.MaxValue), index: false, trustedHeads.ToList(), anchor, headFault);
    }

    /// <summary>
    /// Verification scan up to what has been acknowledged; repairs nothing. <paramref name="durableEnd"/> is asked
    /// only after the head file is read, so no head can cover bytes beyond the end scanned (no false truncation).
    /// </summary>
    public void VerifyOnly(Func<(int Segment, long Length)> durableEnd, IEnumerable<SignedTreeHead> extraHeads, LedgerAnchor? anchor)
    {
        _mode = TailMode.Fault;
        var headFault = ReadHeadFile();
        var end = durableEnd();
        var segments = directory.ListSegments().Where(s => s <= end.Segment).ToList();
        Run(segments, end, index: false, extraHeads.ToList(), anchor, headFault);
    }

    private LedgerFault? ReadHeadFile()
    {
        try { HeadFile = directory.ReadHead(); }
        catch (JsonException) { return new LedgerFault(LedgerFaultKind.DamagedSegment, 0, null, $"{directory.HeadFile} is not a signed tree head"); }
        return null;
    }

    private void Run(List<int> segments, (int Segment, long Length) end, bool index,
        List<SignedTreeHead> extraHeads, LedgerAnchor? anchor, LedgerFault? headFault)
    {
        Verifier = new LedgerVerifier(publicKey, extraHeads, HeadFile is null ? [] : [HeadFile], anchor);
        _vouchedSize = extraHeads.Select(h => h.TreeSize).Append(HeadFile?.TreeSize ?? 0).Append(anchor?.TreeSize ?? 0).Max();
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
            ScanSegment(i, limit, i == segments.Count - 1, index);
        }
        Verification = Verifier.Complete();
        if (Verification.IsValid && HeadFile is null && segments.Count > 0) Verification = Verification with { Fault = HeadMissing() };
    }

    private LedgerFault HeadMissing() => new(LedgerFaultKind.HeadMissing, Verifier.LatestCheckpoint?.TreeSize ?? 0, null,
        $"{directory.HeadFile} is missing while segment files exist: the latest signed head was removed, so nothing vouches for the " +
        "end of the ledger. Restore head.json, or the whole ledger directory, from a backup.");

    private void ScanSegment(int segment, long limit, bool last, bool index)
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
        else if (result.ValidLength < length)
            HandleTail(path, segment, result, length, last);
    }

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
}
