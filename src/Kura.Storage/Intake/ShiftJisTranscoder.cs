using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using Kura.Core;
using Kura.Engine.Intake;

namespace Kura.Storage.Intake;

/// <summary>
/// Streams a CP932 file into a UTF-8 file with a strict decoder, hashing the source bytes on the way.
/// Undecodable bytes stop it with <see cref="ImportErrors.Undecodable"/> naming line and column.
/// </summary>
public static class ShiftJisTranscoder
{
    private const int BlockSize = 1 << 20;

    /// <summary>
    /// Writes <paramref name="target"/> from <paramref name="source"/>; returns the lower-case hex SHA-256 of the source.
    /// Errors name the file as <paramref name="displayName"/> and count columns by <paramref name="delimiter"/> (comma when null).
    /// </summary>
    public static string Transcode(string source, string target, string displayName, char? delimiter,
        IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        using var input = new FileStream(source, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        using var output = new FileStream(target, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var decoder = ShiftJis.Strict.GetDecoder();
        var bytes = ArrayPool<byte>.Shared.Rent(BlockSize);
        var chars = ArrayPool<char>.Shared.Rent(BlockSize + 2);
        var utf8 = ArrayPool<byte>.Shared.Rent(3 * (BlockSize + 2));
        try
        {
            long done = 0, total = input.Length;
            while (true)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var read = input.Read(bytes, 0, BlockSize);
                var last = read == 0;
                hash.AppendData(bytes, 0, read);
                int charCount;
                try
                {
                    decoder.Convert(bytes, 0, read, chars, 0, chars.Length, last, out _, out charCount, out _);
                }
                catch (DecoderFallbackException e)
                {
                    throw Undecodable(source, displayName, Math.Max(0, done + e.Index), delimiter);
                }
                var stray = ShiftJis.IndexOfStrayByte(chars.AsSpan(0, charCount));
                if (stray >= 0)
                    throw Undecodable(source, displayName, done + ShiftJis.Strict.GetByteCount(chars, 0, stray), delimiter);
                var written = Encoding.UTF8.GetBytes(chars, 0, charCount, utf8, 0);
                output.Write(utf8, 0, written);
                done += read;
                progress?.Report(new ImportProgress("transcoding", done, total));
                if (last) break;
            }
            return Convert.ToHexStringLower(hash.GetHashAndReset());
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
            ArrayPool<char>.Shared.Return(chars);
            ArrayPool<byte>.Shared.Return(utf8);
        }
    }

    private static KuraException Undecodable(string source, string displayName, long offset, char? delimiter)
    {
        var (line, column) = ByteLocation.Find(source, offset, delimiter ?? ',');
        return ImportErrors.Undecodable(displayName, line, column, "Shift_JIS (CP932)");
    }
}
