using System.Buffers.Binary;
using Kura.Core;
using Kura.Ledger;

namespace Kura.Storage.Ledger;

public sealed partial class FileLedgerStore
{
    private const int ReadPage = 1024;

    /// <inheritdoc/>
    public IReadOnlyList<LedgerEntry> Read(long fromSequence, int maxCount)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(fromSequence);
        ArgumentOutOfRangeException.ThrowIfNegative(maxCount);
        var end = Math.Min(Count, fromSequence + maxCount);
        var entries = new List<LedgerEntry>((int)Math.Max(0, end - fromSequence));
        SegmentHandles? files = null;
        try
        {
            for (var sequence = fromSequence; sequence < end; sequence++)
            {
                files ??= new SegmentHandles(_directory);
                entries.Add(ReadEntry(files, sequence));
            }
        }
        finally
        {
            files?.Dispose();
        }
        return entries;
    }

    /// <inheritdoc/>
    public IEnumerable<LedgerEntry> ReadAll()
    {
        for (long from = 0; ; from += ReadPage)
        {
            var page = Read(from, ReadPage);
            foreach (var entry in page) yield return entry;
            if (page.Count < ReadPage) yield break;
        }
    }

    /// <inheritdoc/>
    public InclusionProof InclusionProof(long sequence, long? treeSize = null)
    {
        var size = treeSize ?? Count;
        if (size > Count || sequence < 0 || sequence >= size)
            throw KuraException.NotFound("KURA-LEDGER-NO-SUCH-ENTRY",
                $"Entry {sequence} is not in a ledger tree of {size} entries; the ledger holds {Count} (sequence numbers start at 0).");
        var leaves = _scan.Index.Leaves(size);
        return new InclusionProof(sequence, size, leaves[sequence], MerkleTree.InclusionPath(leaves, sequence));
    }

    /// <inheritdoc/>
    public ConsistencyProof ConsistencyProof(long firstSize, long? secondSize = null)
    {
        var second = secondSize ?? Count;
        if (firstSize < 0 || firstSize > second || second > Count)
            throw KuraException.BadInput("KURA-LEDGER-BAD-TREE-SIZE",
                $"A consistency proof needs 0 ≤ first size ({firstSize}) ≤ second size ({second}) ≤ entries held ({Count}).");
        var leaves = _scan.Index.Leaves(second);
        return new ConsistencyProof(firstSize, second, MerkleTree.ConsistencyPath(leaves, firstSize));
    }

    private LedgerEntry ReadEntry(SegmentHandles files, long sequence)
    {
        var position = _scan.Index.PositionOf(sequence);
        var handle = files.Get(position.Segment);
        Span<byte> header = stackalloc byte[LedgerRecordFraming.HeaderSize];
        RandomAccess.Read(handle, header, position.Offset);
        var length = (int)Math.Min(BinaryPrimitives.ReadUInt32LittleEndian(header), (uint)LedgerRecordFraming.MaxBodySize);
        var record = new byte[LedgerRecordFraming.HeaderSize + length];
        var read = RandomAccess.Read(handle, record, position.Offset);
        if (LedgerRecordFraming.TryRead(record.AsSpan(0, read), out var body, out _) != FrameStatus.Complete
            || LedgerHash.Compute(body) != _scan.Index.HashOf(sequence))
            throw KuraException.Internal("KURA-LEDGER-DAMAGED",
                $"Entry {sequence} ({position}) changed on disk since it was verified. Run `kura ledger verify`.");
        return LedgerEntry.Parse(body[1..]);
    }
}
