using Kura.Ledger;

namespace Kura.Storage.Ledger;

/// <summary>
/// In-memory index of acknowledged entries: entry hash and file position per sequence number
/// (40 bytes per entry). The writer adds; readers copy what they need. Thread-safe.
/// </summary>
internal sealed class LedgerIndex
{
    private const int OffsetBits = 40;
    private readonly Lock _lock = new();
    private LedgerHash[] _hashes = new LedgerHash[1024];
    private long[] _positions = new long[1024];
    private long _count;

    public long Count { get { lock (_lock) return _count; } }

    public void Add(in LedgerHash hash, int segment, long offset)
    {
        lock (_lock)
        {
            if (_count == _hashes.Length)
            {
                Array.Resize(ref _hashes, _hashes.Length * 2);
                Array.Resize(ref _positions, _positions.Length * 2);
            }
            _hashes[_count] = hash;
            _positions[_count] = ((long)segment << OffsetBits) | offset;
            _count++;
        }
    }

    /// <summary>Copy of the entry hashes of the first <paramref name="size"/> entries.</summary>
    public LedgerHash[] Leaves(long size)
    {
        lock (_lock)
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThan(size, _count);
            return _hashes.AsSpan(0, (int)size).ToArray();
        }
    }

    public LedgerHash HashOf(long sequence)
    {
        lock (_lock) return _hashes[sequence];
    }

    public RecordPosition PositionOf(long sequence)
    {
        lock (_lock)
        {
            var packed = _positions[sequence];
            return new RecordPosition((int)(packed >> OffsetBits), packed & ((1L << OffsetBits) - 1));
        }
    }
}
