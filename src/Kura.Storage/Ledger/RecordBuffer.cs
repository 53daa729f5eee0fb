using System.Buffers;
using Kura.Ledger;

namespace Kura.Storage.Ledger;

/// <summary>Reusable buffer that one batch of framed records is built in before its single write.</summary>
internal sealed class RecordBuffer : IBufferWriter<byte>
{
    private byte[] _bytes = new byte[64 * 1024];

    public int Length { get; private set; }
    public ReadOnlySpan<byte> Written => _bytes.AsSpan(0, Length);

    public void Clear() => Length = 0;

    /// <summary>Starts a record: reserves the frame header and writes the kind byte; returns the record's start.</summary>
    public int BeginRecord(LedgerRecordKind kind)
    {
        var start = Length;
        GetSpan(LedgerRecordFraming.HeaderSize + 1);
        Length += LedgerRecordFraming.HeaderSize;
        _bytes[Length++] = (byte)kind;
        return start;
    }

    /// <summary>Fills in the frame header; returns the record body (kind byte first).</summary>
    public ReadOnlySpan<byte> EndRecord(int start)
    {
        var record = _bytes.AsSpan(start, Length - start);
        LedgerRecordFraming.WriteHeader(record);
        return record[LedgerRecordFraming.HeaderSize..];
    }

    public void Advance(int count) => Length += count;

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        Ensure(sizeHint);
        return _bytes.AsMemory(Length);
    }

    public Span<byte> GetSpan(int sizeHint = 0)
    {
        Ensure(sizeHint);
        return _bytes.AsSpan(Length);
    }

    private void Ensure(int sizeHint)
    {
        var needed = Length + Math.Max(sizeHint, 1);
        if (needed > _bytes.Length) Array.Resize(ref _bytes, Math.Max(needed, _bytes.Length * 2));
    }
}
