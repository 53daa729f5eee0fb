using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.InteropServices;

namespace Kura.Ledger;

/// <summary>
/// Byte layout of ledger segment files. A segment starts with a 16-byte header ("KURALOG1" then the
/// segment number, u64 little-endian); each record is u32 body length, u32 CRC-32C of the body
/// (both little-endian), then the body, whose first byte is a <see cref="LedgerRecordKind"/>.
/// The length-plus-checksum framing is what lets recovery tell a torn final write from a whole record.
/// </summary>
public static class LedgerRecordFraming
{
    /// <summary>Bytes before each record body.</summary>
    public const int HeaderSize = 8;

    /// <summary>Largest body accepted (16 MiB); a larger length field means the header is damaged.</summary>
    public const int MaxBodySize = 16 << 20;

    /// <summary>Bytes of the segment header.</summary>
    public const int SegmentHeaderSize = 16;

    private static ReadOnlySpan<byte> Magic => "KURALOG1"u8;

    /// <summary>Writes the segment header for segment <paramref name="segment"/>.</summary>
    public static void WriteSegmentHeader(Span<byte> destination, int segment)
    {
        Magic.CopyTo(destination);
        BinaryPrimitives.WriteUInt64LittleEndian(destination[8..], (ulong)segment);
    }

    /// <summary>True when <paramref name="bytes"/> starts with the header of segment <paramref name="segment"/>.</summary>
    public static bool HasSegmentHeader(ReadOnlySpan<byte> bytes, int segment) =>
        bytes.Length >= SegmentHeaderSize && bytes[..8].SequenceEqual(Magic)
        && BinaryPrimitives.ReadUInt64LittleEndian(bytes[8..]) == (ulong)segment;

    /// <summary>Fills the 8 header bytes of <paramref name="record"/> from the body that follows them.</summary>
    public static void WriteHeader(Span<byte> record)
    {
        var body = record[HeaderSize..];
        BinaryPrimitives.WriteUInt32LittleEndian(record, (uint)body.Length);
        BinaryPrimitives.WriteUInt32LittleEndian(record[4..], Crc32C(body));
    }

    /// <summary>Reads the record at the start of <paramref name="buffer"/>; on <see cref="FrameStatus.Complete"/> returns its body and total size.</summary>
    public static FrameStatus TryRead(ReadOnlySpan<byte> buffer, out ReadOnlySpan<byte> body, out int recordSize)
    {
        body = default;
        recordSize = 0;
        if (buffer.Length < HeaderSize) return FrameStatus.Incomplete;
        var length = BinaryPrimitives.ReadUInt32LittleEndian(buffer);
        if (length == 0 || length > MaxBodySize) return FrameStatus.BadLength;
        if (buffer.Length - HeaderSize < length) return FrameStatus.Incomplete;
        var candidate = buffer.Slice(HeaderSize, (int)length);
        if (Crc32C(candidate) != BinaryPrimitives.ReadUInt32LittleEndian(buffer[4..])) return FrameStatus.BadChecksum;
        body = candidate;
        recordSize = HeaderSize + (int)length;
        return FrameStatus.Complete;
    }

    /// <summary>CRC-32C (Castagnoli), hardware-accelerated where the CPU has it.</summary>
    public static uint Crc32C(ReadOnlySpan<byte> data)
    {
        var crc = uint.MaxValue;
        var words = MemoryMarshal.Cast<byte, ulong>(data);
        foreach (var word in words) crc = BitOperations.Crc32C(crc, word);
        foreach (var b in data[(words.Length * 8)..]) crc = BitOperations.Crc32C(crc, b);
        return ~crc;
    }
}
