using System.Text;

namespace Kura.Storage.Intake;

/// <summary>
/// The first records of a CSV (at most <see cref="MaxBytes"/> bytes and <see cref="MaxRows"/> rows),
/// decoded: its header, delimiter and sample rows with their physical line numbers.
/// </summary>
public sealed class CsvSample
{
    public const int MaxBytes = 4 << 20;
    public const int MaxRows = 20_000;

    private CsvSample(char delimiter, IReadOnlyList<string> header, IReadOnlyList<(long Line, string[] Fields)> rows)
    {
        Delimiter = delimiter;
        Header = header;
        Rows = rows;
    }

    public char Delimiter { get; }
    public IReadOnlyList<string> Header { get; }
    public IReadOnlyList<(long Line, string[] Fields)> Rows { get; }

    /// <summary>
    /// Decodes <paramref name="head"/> (the file's first bytes, BOM removed) with <paramref name="encoding"/> and reads
    /// the sample; <paramref name="isWholeFile"/> says the last record is complete; a null <paramref name="delimiter"/> is sniffed.
    /// </summary>
    /// <exception cref="CsvSyntaxException">Quoting is broken within the sample.</exception>
    public static CsvSample Read(ReadOnlySpan<byte> head, bool isWholeFile, Encoding encoding, char? delimiter)
    {
        var text = Decode(head, isWholeFile, encoding);
        var chosen = delimiter ?? DelimiterSniffer.Detect(text);
        var reader = new CsvRecordReader(new StringReader(text), chosen);
        var fields = new List<string>();
        if (!reader.Read(fields)) return new CsvSample(chosen, [], []);
        var header = fields.ToArray();
        var rows = new List<(long, string[])>();
        try
        {
            while (rows.Count < MaxRows && reader.Read(fields))
                rows.Add((reader.RecordLine, fields.ToArray()));
        }
        catch (CsvSyntaxException) when (!isWholeFile)
        {
            // A quoted field can straddle the cut; the full load checks the rest.
        }
        return new CsvSample(chosen, header, rows);
    }

    // Cuts a partial head at its last line feed so no half record is sampled.
    private static string Decode(ReadOnlySpan<byte> head, bool isWholeFile, Encoding encoding)
    {
        if (!isWholeFile)
        {
            var lastNewline = head.LastIndexOf((byte)'\n');
            head = lastNewline >= 0 ? head[..(lastNewline + 1)] : head;
        }
        var decoder = encoding.GetDecoder();
        var chars = new char[encoding.GetMaxCharCount(head.Length)];
        decoder.Convert(head, chars, flush: true, out _, out var written, out _);
        return new string(chars, 0, written);
    }
}
