using System.Runtime.ExceptionServices;
using System.Text;
using Kura.Core;
using Kura.Engine.Intake;
using Kura.Storage.Intake;

namespace Kura.Storage.Vault;

/// <summary>
/// Stages one CSV. Fast path: sniff encoding, delimiter and types from the first MBs, let DuckDB's strict
/// reader load and check every row (while a parallel pass hashes the file and validates UTF-8). Only
/// when DuckDB refuses something does <see cref="CsvFullScan"/> read the file to name the exact line and
/// column, or to widen a type the sample guessed too narrow, before one more load.
/// </summary>
internal sealed class CsvImport(VaultConnection connection, ImportRequest request, int rowsPerPerson, string? tempDirectory)
{
    private const string EncodingCode = "KURA-IMPORT-ENCODING";
    private string File => request.FilePath;

    public StagedImport Stage(IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        if (request.Delimiter is '"' or '\r' or '\n')
            throw ImportErrors.Option("The delimiter cannot be a quote or a line break. Use comma, tab or semicolon, or leave it out to detect it.");
        var forced = ParseEncoding(request.Encoding);
        var (head, isWhole) = SourceHead.Read(File);
        var bom = EncodingDetector.BomLength(head);
        if (head.AsSpan(bom).Trim("\r\n\t "u8).IsEmpty) throw ImportErrors.Empty(File);
        var encoding = forced ?? EncodingDetector.Detect(head, isWhole) ?? throw HeadUndecodable(head, isWhole);
        try
        {
            return StageAs(encoding, head, progress, cancellationToken);
        }
        catch (KuraException utf8Error) when (utf8Error.Code == EncodingCode && forced is null && encoding == SourceEncoding.Utf8 && bom == 0)
        {
            // The head was ASCII-like but later bytes are not UTF-8: a Shift_JIS export is the likely cause.
            try
            {
                return StageAs(SourceEncoding.ShiftJis, head, progress, cancellationToken);
            }
            catch (KuraException sjisError) when (sjisError.Code == EncodingCode)
            {
                ExceptionDispatchInfo.Throw(utf8Error);
                throw;
            }
        }
    }

    private StagedImport StageAs(SourceEncoding encoding, byte[] head, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        string? tempDir = null;
        Task<SourceDigestResult>? digest = null;
        try
        {
            string utf8Path;
            if (encoding == SourceEncoding.ShiftJis)
            {
                tempDir = TransientFiles.Create(tempDirectory);
                utf8Path = Path.Combine(tempDir, "source-utf8.csv");
                var delimiter = request.Delimiter ?? DelimiterSniffer.Detect(LenientShiftJis(head));
                var sha = ShiftJisTranscoder.Transcode(File, utf8Path, File, delimiter, progress, cancellationToken);
                digest = Task.FromResult(new SourceDigestResult(sha, null));
            }
            else
            {
                utf8Path = File;
                digest = Task.Run(() => SourceDigest.Run(File, validateUtf8: true, progress, cancellationToken), cancellationToken);
            }
            var name = encoding == SourceEncoding.ShiftJis ? "shift_jis" : "utf-8";
            return new CsvLoad(connection, request, rowsPerPerson, utf8Path, name, digest).Run(progress, cancellationToken);
        }
        finally
        {
            if (digest is not null) try { digest.Wait(CancellationToken.None); } catch (AggregateException) { }
            if (tempDir is not null) try { Directory.Delete(tempDir, recursive: true); } catch (IOException) { }
        }
    }

    private static string LenientShiftJis(byte[] head)
    {
        _ = ShiftJis.Strict; // registers the code-page provider
        var cut = Array.LastIndexOf(head, (byte)'\n');
        return Encoding.GetEncoding(932).GetString(head, 0, cut >= 0 ? cut + 1 : head.Length);
    }

    private KuraException HeadUndecodable(byte[] head, bool isWhole)
    {
        var offset = FirstInvalidUtf8(head, isWhole) ?? 0;
        var (line, column) = ByteLocation.Find(File, offset, request.Delimiter ?? ',');
        return ImportErrors.Undecodable(File, line, column, "UTF-8 or Shift_JIS");
    }

    private static long? FirstInvalidUtf8(byte[] head, bool isWhole)
    {
        var position = 0;
        while (position < head.Length)
        {
            var status = Rune.DecodeFromUtf8(head.AsSpan(position), out _, out var consumed);
            if (status == System.Buffers.OperationStatus.InvalidData) return position;
            if (status == System.Buffers.OperationStatus.NeedMoreData) return isWhole ? position : null;
            position += consumed;
        }
        return null;
    }

    private static SourceEncoding? ParseEncoding(string text) => text.Trim().ToLowerInvariant() switch
    {
        "auto" or "" => null,
        "utf-8" or "utf8" => SourceEncoding.Utf8,
        "shift_jis" or "shift-jis" or "sjis" or "cp932" or "windows-31j" => SourceEncoding.ShiftJis,
        _ => throw ImportErrors.Option($"Unknown encoding '{text}'. Use auto, utf-8 or shift_jis."),
    };
}
