using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace Kura.Storage.Intake;

/// <summary>
/// Decides a CSV's encoding from its first bytes: a UTF-8 byte-order mark, else strictly valid UTF-8
/// (pure ASCII counts as UTF-8), else strictly valid CP932, else nothing. Pure.
/// </summary>
public static class EncodingDetector
{
    private static ReadOnlySpan<byte> Bom => [0xEF, 0xBB, 0xBF];

    /// <summary>Length of a UTF-8 byte-order mark at the start of <paramref name="head"/> (0 or 3).</summary>
    public static int BomLength(ReadOnlySpan<byte> head) => head.StartsWith(Bom) ? Bom.Length : 0;

    /// <summary>The encoding <paramref name="head"/> is valid in, or null when neither.</summary>
    /// <param name="head">The first bytes of the file.</param>
    /// <param name="isWholeFile">False when <paramref name="head"/> may end inside a character.</param>
    public static SourceEncoding? Detect(ReadOnlySpan<byte> head, bool isWholeFile)
    {
        if (BomLength(head) > 0 || IsValidUtf8(head, isWholeFile)) return SourceEncoding.Utf8;
        return IsValidShiftJis(head, isWholeFile) ? SourceEncoding.ShiftJis : null;
    }

    /// <summary>True when <paramref name="bytes"/> is valid UTF-8 (a truncated last character is allowed unless whole).</summary>
    public static bool IsValidUtf8(ReadOnlySpan<byte> bytes, bool isWholeFile)
    {
        var chars = ArrayPool<char>.Shared.Rent(Math.Max(bytes.Length, 1));
        try
        {
            var status = Utf8.ToUtf16(bytes, chars, out _, out _, replaceInvalidSequences: false, isFinalBlock: isWholeFile);
            return status == OperationStatus.Done || (!isWholeFile && status == OperationStatus.NeedMoreData);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    private static bool IsValidShiftJis(ReadOnlySpan<byte> bytes, bool isWholeFile)
    {
        var decoder = ShiftJis.Strict.GetDecoder();
        var chars = ArrayPool<char>.Shared.Rent(Math.Max(bytes.Length, 1));
        try
        {
            decoder.Convert(bytes, chars, flush: isWholeFile, out _, out var written, out _);
            return ShiftJis.IndexOfStrayByte(chars.AsSpan(0, written)) < 0;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }
}
