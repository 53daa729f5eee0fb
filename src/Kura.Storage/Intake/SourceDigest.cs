using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Unicode;
using Kura.Engine.Intake;

namespace Kura.Storage.Intake;

/// <summary>
/// One streaming pass over a source file: its SHA-256 and, optionally, the offset of the first byte
/// sequence that is not valid UTF-8. Vectorised (about 1–2 GB/s), so it can run beside DuckDB's load.
/// </summary>
public static class SourceDigest
{
    private const int BlockSize = 1 << 20;

    /// <summary>Hashes (and validates) <paramref name="path"/>; reports progress as stage <c>verifying</c>.</summary>
    public static SourceDigestResult Run(string path, bool validateUtf8, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = ArrayPool<byte>.Shared.Rent(BlockSize + 4);
        try
        {
            long offset = 0, total = stream.Length;
            int carried = 0;
            long? invalidAt = null;
            while (true)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var read = stream.Read(buffer, carried, BlockSize);
                if (read == 0) break;
                hash.AppendData(buffer, carried, read);
                var length = carried + read;
                var blockStart = offset - carried;
                offset += read;
                carried = 0;
                if (validateUtf8 && invalidAt is null)
                    carried = Validate(buffer.AsSpan(0, length), blockStart, out invalidAt);
                if (carried > 0) buffer.AsSpan(length - carried, carried).CopyTo(buffer);
                progress?.Report(new ImportProgress("verifying", offset, total));
            }
            if (carried > 0) invalidAt ??= offset - carried;
            return new SourceDigestResult(Convert.ToHexStringLower(hash.GetHashAndReset()), invalidAt);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    // Returns how many trailing bytes form an unfinished character to carry into the next block.
    private static int Validate(ReadOnlySpan<byte> block, long blockStart, out long? invalidAt)
    {
        invalidAt = null;
        var incomplete = IncompleteTail(block);
        var complete = block[..^incomplete];
        if (Utf8.IsValid(complete)) return incomplete;
        invalidAt = blockStart + FirstInvalid(complete);
        return 0;
    }

    private static int IncompleteTail(ReadOnlySpan<byte> block)
    {
        for (var back = 1; back <= Math.Min(3, block.Length); back++)
        {
            var b = block[^back];
            if ((b & 0xC0) == 0x80) continue;
            var needed = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
            return needed > back ? back : 0;
        }
        return 0;
    }

    private static int FirstInvalid(ReadOnlySpan<byte> bytes)
    {
        var position = 0;
        while (position < bytes.Length)
        {
            if (Rune.DecodeFromUtf8(bytes[position..], out _, out var consumed) != OperationStatus.Done) return position;
            position += consumed;
        }
        return bytes.Length;
    }
}
