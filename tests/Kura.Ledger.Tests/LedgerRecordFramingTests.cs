using System.Buffers.Binary;

namespace Kura.Ledger.Tests;

public class LedgerRecordFramingTests
{
    private static byte[] Record(byte[] body)
    {
        var record = new byte[LedgerRecordFraming.HeaderSize + body.Length];
        body.CopyTo(record, LedgerRecordFraming.HeaderSize);
        LedgerRecordFraming.WriteHeader(record);
        return record;
    }

    [Fact]
    public void Crc32C_StandardCheckValue_Matches() => Assert.Equal(0xE3069283u, LedgerRecordFraming.Crc32C("123456789"u8));

    [Fact]
    public void TryRead_WholeRecord_ReturnsBody()
    {
        var record = Record([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
        Assert.Equal(FrameStatus.Complete, LedgerRecordFraming.TryRead(record, out var body, out var size));
        Assert.Equal(record.Length, size);
        Assert.Equal(record[LedgerRecordFraming.HeaderSize..], body.ToArray());
    }

    [Fact]
    public void TryRead_EveryProperPrefix_Incomplete()
    {
        var record = Record(new byte[40]);
        for (var n = 0; n < record.Length; n++)
            Assert.Equal(FrameStatus.Incomplete, LedgerRecordFraming.TryRead(record.AsSpan(0, n), out _, out _));
    }

    [Fact]
    public void TryRead_AnyFlippedBodyByte_BadChecksum()
    {
        var record = Record(Enumerable.Range(0, 30).Select(i => (byte)i).ToArray());
        for (var i = LedgerRecordFraming.HeaderSize; i < record.Length; i++)
        {
            var copy = record.ToArray();
            copy[i] ^= 0x40;
            Assert.Equal(FrameStatus.BadChecksum, LedgerRecordFraming.TryRead(copy, out _, out _));
        }
    }

    [Fact]
    public void TryRead_ZeroOrHugeLength_BadLength()
    {
        var record = Record(new byte[4]);
        BinaryPrimitives.WriteUInt32LittleEndian(record, 0);
        Assert.Equal(FrameStatus.BadLength, LedgerRecordFraming.TryRead(record, out _, out _));
        BinaryPrimitives.WriteUInt32LittleEndian(record, uint.MaxValue);
        Assert.Equal(FrameStatus.BadLength, LedgerRecordFraming.TryRead(record, out _, out _));
    }
}
